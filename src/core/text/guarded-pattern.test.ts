import { describe, expect, it } from 'vitest';
import { anyWordOf, guardedPattern } from './guarded-pattern.js';

describe('guardedPattern', () => {
  const body = guardedPattern(/\b(?:a|the) (?:body|corpse) was found\b/, 'body corpse');

  it('finds what its pattern finds in a text holding one of its words', () => {
    const hit = body.exec('Police said the corpse was found at dawn.');
    expect(hit?.[0]).toBe('the corpse was found');
    expect(hit?.index).toBe(12);
  });

  it('finds nothing where its pattern finds nothing', () => {
    expect(body.exec('The body of work was praised.')).toBeNull();
  });

  it('does not run its pattern on a text holding none of its words', () => {
    // A pattern that would match anything shows that the guard, not the pattern, said no.
    const guarded = guardedPattern(/.*/, 'died');
    expect(guarded.exec('He was wounded.')).toBeNull();
    expect(guarded.exec('He died.')?.[0]).toBe('He died.');
  });

  it('looks for its words in any case when its pattern ignores case', () => {
    const pair = guardedPattern(/\b\w+ and his driver\b/i, 'and');
    expect(pair.exec('Omar AND HIS DRIVER were hurt')?.[0]).toBe('Omar AND HIS DRIVER');
    expect(guardedPattern(/.*/i, 'a.b').exec('axb')).toBeNull();
  });

  it('tells whether it matches, by the same guard', () => {
    expect(body.test('Police said a body was found near the river.')).toBe(true);
    expect(guardedPattern(/.*/, 'died').test('He was wounded.')).toBe(false);
    expect(guardedPattern(/.*/i, 'DIED').test('He died.')).toBe(true);
  });
});

describe('guardedPattern without words', () => {
  it('is guarded by the strings read off its pattern', () => {
    // A guard read off "(?:killed|shot dead)" rejects a text without those words before the pattern runs:
    // the look-behind on "x" would match anything, were the pattern run.
    const guarded = guardedPattern(/(?:killed|shot dead)|(?<=x)/);
    expect(guarded.test('He was killed.')).toBe(true);
    expect(guarded.test('x marks the spot')).toBe(true);
    const read = guardedPattern(/\b(?:killed|shot dead)\b(?:\s+\w+)?/);
    expect(read.exec('Two were shot dead here')?.[0]).toBe('shot dead here');
    expect(read.exec('Two were wounded here')).toBeNull();
  });

  it('adds the strings read off its pattern to its words: a text must hold both', () => {
    const pair = guardedPattern(/\w+ and \w+ were killed/, 'and');
    expect(pair.test('Ali and Omar were killed')).toBe(true);
    expect(pair.test('Ali and Omar were wounded')).toBe(false);
  });

  it('finds an Arabic word by its rarest letter, wherever the word stands', () => {
    // "المصدر" is looked for by "صدر": the guard must still find the word opening the text, and one after
    // a "صدر" standing alone, and turn away a text with "صدر" but not the word.
    const source = guardedPattern(/.*/, 'المصدر');
    expect(source.test('المصدر قال إن الطريق أغلق')).toBe(true);
    expect(source.test('صدر بيان ثم نقل المصدر الخبر')).toBe(true);
    expect(source.test('صدر بيان عن الوزارة')).toBe(false);
    expect(guardedPattern(/.*/, 'قتل الانتحاري').test('فجر الانتحاري نفسه')).toBe(true);
  });

  it('refuses a global or sticky pattern', () => {
    expect(() => guardedPattern(/killed/g)).toThrow();
    expect(() => guardedPattern(/killed/y)).toThrow();
  });
});

describe('anyWordOf', () => {
  const fled = guardedPattern(/\bfled\s+to\s+$/i, 'fled');
  const sent = guardedPattern(/\bsent\s+from\s+$/i, 'sent posted');

  it('says no only where every pattern fails: the text holds none of their words', () => {
    const mayMatch = anyWordOf([fled, sent]);
    expect(mayMatch('families FLED to ')).toBe(true);
    expect(fled.test('families FLED to ')).toBe(true);
    // A word of the second pattern's list: the first one's absence alone does not turn the text away.
    expect(mayMatch('a parcel posted from ')).toBe(true);
    expect(mayMatch('troops stationed in ')).toBe(false);
    expect(fled.test('troops stationed in ') || sent.test('troops stationed in ')).toBe(false);
  });

  it('compares the words as the guards do: case-blind only for patterns that ignore case', () => {
    const exact = [guardedPattern(/\bRadio\s+$/, 'Radio'), guardedPattern(/\bBank\s+of\s+$/, 'Bank')];
    expect(anyWordOf(exact)('the radio ')).toBe(false);
    expect(anyWordOf(exact)('the Radio ')).toBe(true);
    // A word holding a pattern's own marks is looked for as it is written.
    expect(anyWordOf([guardedPattern(/a\.b/, 'a.b')])('axb')).toBe(false);
  });

  it('refuses patterns of other flags, or one guarded by no words', () => {
    expect(() => anyWordOf([fled, guardedPattern(/\bfled\b/, 'fled')])).toThrow();
    expect(() => anyWordOf([fled, guardedPattern(/\bfled\b/i)])).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { guardedPattern } from './guarded-pattern.js';

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

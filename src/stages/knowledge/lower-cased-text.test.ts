import { beforeAll, describe, expect, it } from 'vitest';
import type { Span } from '../../core/span.js';
import { findMentions } from './knowledge-stage.js';
import { loadKnowledgeBase } from './knowledge-loader.js';
import { isLowerCased } from './lower-cased-text.js';
import type { KnowledgeBase } from './kb-types.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

const story = 'ahmedabad: mobs set fire to shops in the old city of ahmedabad on friday.';
const furniture = '\nFacebook Twitter Linkedin Mail';

describe('names in lower-cased text', () => {
  it('are found when every body sentence is lower-cased, whatever the boilerplate around it', () => {
    const text = story + furniture;
    const body: Span[] = [[0, story.length]];
    const names = findMentions(kb, text, body).map((m) => m.name);
    expect(names).toContain('Ahmedabad');
  });

  it('never take a function word after a place noun for a town ("the old city of …")', () => {
    const text = 'the police fired in the old city of ahmedabad on friday.';
    const names = findMentions(kb, text, [[0, text.length]]).map((m) => m.name);
    expect(names).not.toContain('Of');
    expect(names).toContain('Ahmedabad');
  });

  it('take a small town only with its country or a place cue, as no capital marks it as a name', () => {
    const names = (text: string) => findMentions(kb, text, [[0, text.length]]).map((m) => m.name);
    expect(names('mourners gathered at raj ghat in delhi on sunday.')).toContainEqual(
      expect.stringMatching(/Delhi/),
    );
    expect(names('mourners gathered at raj ghat in delhi on sunday.')).not.toContain('Ghat');
    expect(names('rebels entered ghat in southern libya on sunday.')).toContain('Ghat');
    expect(names('troops left the town of ghat on sunday.')).toContain('Ghat');
  });

  it('still need their capitals in ordinarily written text', () => {
    const text = 'Officials in Nice said the us embassy was closed. Turkey said nothing.';
    const names = findMentions(kb, text, [[0, text.length]]).map((m) => m.name);
    expect(names).toContain('Nice');
    expect(names).not.toContain('United States');
  });
});

describe('isLowerCased', () => {
  /** The sentences' first letters read by cutting each opening out and matching any letter in it. */
  const byPattern = (text: string, sentences: readonly Span[]): boolean => {
    let latin = 0;
    for (const [start, end] of sentences) {
      const first = /\p{L}/u.exec(text.slice(start, Math.min(end, start + 80)))?.[0] ?? '';
      if (!/[A-Za-z]/.test(first)) continue;
      latin++;
      if (first !== first.toLowerCase()) return false;
    }
    return latin > 0;
  };
  const whole = (text: string): Span[] => [[0, text.length]];

  it.each([
    ['"the convoy left at dawn."', whole],
    ['"The convoy left at dawn."', whole],
    ['12 trucks burned.', whole],
    [
      'قصف الجيش القرية. then it rained.',
      (t: string): Span[] => [
        [0, 17],
        [18, t.length],
      ],
    ],
    ['𝐀 bold heading, then the story', whole],
    ['\u{1d41a}lpha team moved in', whole],
    ['\ud835 lone lead unit, then text', whole],
    ['\udc00 lone trail unit, Then text', whole],
    ['ſ long s opens this one', whole],
    ['\u212a for the Kelvin sign opens this one', whole],
    [`${' '.repeat(79)}X after the opening`, whole],
    [`${' '.repeat(78)}𝐀`, whole],
    ['...', whole],
    ['— «Жители» then lower-case words', whole],
    ['« é opens », then the story', whole],
    ['— «ж» then The story', whole],
  ])('reads %j as cutting and matching the opening does', (text, sentences) => {
    expect(isLowerCased(text, sentences(text))).toBe(byPattern(text, sentences(text)));
  });

  it('reads a pair cut by the end of the opening as no letter', () => {
    const text = `${' '.repeat(79)}\u{1d41a} then lower-case words`;
    expect(isLowerCased(text, [[0, text.length]])).toBe(false);
    expect(
      isLowerCased(`${text}. more words`, [
        [0, text.length],
        [text.length + 2, text.length + 12],
      ]),
    ).toBe(true);
  });
});

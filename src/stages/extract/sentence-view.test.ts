import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews, marksBetween } from './sentence-view.js';

const lexicons = loadEventLexicons();

/** Whether the punctuation mark `mark` stands after each token but the last of a one-sentence text. */
function marksAfterEach(text: string, mark: RegExp): boolean[] {
  const [view] = buildSentenceViews(fixtureDocument({ text }), lexicons);
  return view.tokens.slice(0, -1).map((_, k) => marksBetween(view, text, k, mark));
}

describe('marks of punctuation between tokens', () => {
  it('finds a comma after a word, and none in a lone space', () => {
    expect(marksAfterEach('Bakers, cooks and millers sang', /[,;]/)).toEqual([true, false, false, false]);
  });

  it('finds a mark among spaces, and a dash is no comma', () => {
    expect(marksAfterEach('Old  ;  tired well-worn boots', /[,;]/)).toEqual([true, false, false, false]);
  });

  it('reads an Arabic comma as the pattern says', () => {
    expect(marksAfterEach('خبز، ماء وملح', /[,،]/)).toEqual([true, false]);
  });
});

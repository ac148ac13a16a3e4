import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { loadEventLexicons } from './index.js';
import { holdsWordIn } from './cue-scope.js';
import { actorNounsOf, buildSentenceViews, marksBetween, mayHoldCue, viewWith } from './sentence-view.js';

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

describe('cues found when first read', () => {
  const text = 'The bakers of Varnholt met on May 3. A car bomb went off by the Varnholt mill.';
  const views = () => buildSentenceViews(fixtureDocument({ text }), lexicons);

  it('finds the same cues read late as a sentence with a trigger finds, dates left out', () => {
    const [quiet, loud] = views();
    expect(quiet.triggers).toEqual([]);
    expect(quiet.cues.some((c) => c.phrase.words.join(' ') === 'may')).toBe(false);
    expect(loud.cues.map((c) => c.phrase.tag)).toContain('ied');
    expect(viewWith(loud, {}).cues).toEqual(loud.cues);
  });

  it('says a cue may be held only where a word of its kind stands, and always once the cues are read', () => {
    const [quiet, loud] = views();
    expect(mayHoldCue(quiet, 'ied')).toBe(false);
    expect(mayHoldCue(loud, 'ied')).toBe(true);
    expect(quiet.cues.some((c) => c.phrase.tag === 'ied')).toBe(false);
    expect(mayHoldCue(quiet, 'ied')).toBe(true);
  });
});

describe('a word of a set among some tokens', () => {
  const [view] = buildSentenceViews(fixtureDocument({ text: 'The plan was to raid the mill' }), lexicons);
  const plan = new Set(['plan']);

  it('looks from a token before the first, as from the first, up to the token before the last', () => {
    expect(holdsWordIn(view, -5, 2, plan)).toBe(true);
    expect(holdsWordIn(view, 0, 1, plan)).toBe(false);
    expect(holdsWordIn(view, 2, 7, plan)).toBe(false);
  });
});

describe('actor nouns found when first read', () => {
  it('finds them for a sentence with a trigger as for one asked afresh, and none where no act is told', () => {
    const text = 'Soldiers shelled the Varnholt mill. The bakers of Varnholt met.';
    const [loud, quiet] = buildSentenceViews(fixtureDocument({ text }), lexicons);
    expect(loud.actorNouns.map((h) => h.phrase.tag).length).toBeGreaterThan(0);
    expect(loud.actorNouns).toEqual(actorNounsOf(viewWith(loud, { triggers: [] }), lexicons.actorNouns));
    expect(quiet.actorNouns).toEqual([]);
  });
});

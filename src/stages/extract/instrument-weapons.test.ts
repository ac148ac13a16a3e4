import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { loadEventLexicons } from './index.js';
import { isInstrument } from './instrument-weapons.js';
import { buildSentenceViews } from './sentence-view.js';

const lexicons = loadEventLexicons();

/** Whether each trigger of a one-sentence text is told as the instrument of the act before it. */
function instruments(text: string): [string, boolean][] {
  const [view] = buildSentenceViews(fixtureDocument({ text }), lexicons);
  return view.triggers.map((t) => [view.tokens[t.start].norm, isInstrument(view, t)]);
}

describe('a weapon told as the means of the act before it', () => {
  it.each([
    ['right after "with"', 'Gunmen attacked the post with rockets.', 'rockets'],
    ['after "with a"', 'Gunmen attacked the post with a grenade.', 'grenade'],
    ['after "using"', 'Gunmen attacked the post using grenades.', 'grenades'],
    ['joined to an Arabic «ب»', 'استهدف مسلحون موقعا للجيش بقذيفة هاون.', 'بقذيفه'],
  ])('is read %s', (_, text, weapon) => {
    expect(instruments(text)).toContainEqual([weapon, true]);
  });

  it('is not read where the weapon is the subject of its own verb', () => {
    expect(instruments('A rocket hit the post.')).not.toContainEqual(['rocket', true]);
  });
});

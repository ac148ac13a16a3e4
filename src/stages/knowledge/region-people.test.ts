import { describe, expect, it } from 'vitest';
import { placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** The countries of the places a text names, demonyms aside. */
const countries = (text: string): string[] =>
  placeMentions(kb, text, { demonyms: false }).map((m) => kb.entities.get(m.split('=')[1])?.country ?? '?');

describe('a region’s people named in the story', () => {
  it('tell where as a place of that region does: no small gazetteer town abroad after a cue', () => {
    const text =
      'A tax office was wrecked by a bomb in San Nicolas, a week before Corsican deputies met the minister.';
    expect(countries(text)).not.toContain('PH');
  });
});

import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

const placeIds = (text: string): string[] =>
  findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined)
    .map((m) => m.entity_id ?? '-');

describe('a town abroad heading a facility’s name in a story of another country', () => {
  it('names the facility, not the town', () => {
    expect(placeIds('Gunmen fired on guards outside the Havana Refinery between Kirkuk and Baghdad')).toEqual(
      ['place:iq:kirkuk', 'place:iq:baghdad'],
    );
  });

  it('keeps a town an indefinite article puts before the facility: a hotel in that town', () => {
    expect(placeIds('Exiles met at a Havana hotel before they flew to Kirkuk and Baghdad')).toContain(
      'place:cu:havana',
    );
  });

  it('keeps the town when its own country is named too', () => {
    expect(
      placeIds('Tourists queued outside the Havana Club in Cuba, far from Kirkuk and Baghdad'),
    ).toContain('place:cu:havana');
  });
});

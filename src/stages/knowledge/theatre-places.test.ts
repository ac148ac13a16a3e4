import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';
import { sameTheatre } from './shared-theatres.js';

const kb = await loadKnowledgeBase();

function placeIds(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined)
    .map((m) => m.entity_id);
}

describe('sameTheatre', () => {
  it('joins Israel and the Palestinian territories, and each country with itself', () => {
    expect(sameTheatre('IL', 'PS')).toBe(true);
    expect(sameTheatre('PS', 'IL')).toBe(true);
    expect(sameTheatre('IQ', 'IQ')).toBe(true);
    expect(sameTheatre('IL', 'LB')).toBe(false);
  });
});

describe('a place of one theatre set inside its neighbour is kept', () => {
  it.each([
    ['Shots were fired overnight at the neighbourhood of Gilo in the West Bank', 'place:il:gilo'],
    ['Troops entered Bethlehem after shots hit houses in Gilo overnight', 'place:il:gilo'],
  ])('%s', (text, id) => {
    expect(placeIds(text)).toContain(id);
  });
});

describe('a quarter abroad set inside a place of another conflict still gives way', () => {
  it.each([
    ['A car bomb went off in the al-Quds neighbourhood of Mosul on Tuesday', 'place:ps:east-jerusalem'],
    ['Police found two bodies at Tahrir Square in central Baghdad at dawn', 'place:eg:cairo:tahrir-square'],
  ])('%s', (text, id) => {
    expect(placeIds(text)).not.toContain(id);
  });
});

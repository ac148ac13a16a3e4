import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

function placeIds(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined)
    .map((m) => m.entity_id);
}

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

import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

// Towns of incident reports that the gazetteer lacked (data/places/more-towns-incidents.tsv): each is found
// by its Arabic name, so an incident there is placed at the town, not at its region.

const kb = await loadKnowledgeBase();

/** The entity of the first place mention of `text`. */
function firstPlace(text: string): string | undefined {
  return findMentions(kb, text, [[0, text.length]]).find((m) => m.place !== undefined)?.entity_id;
}

describe('a town of incident reports is known by its Arabic name', () => {
  it.each([
    ['وقعت قوة من الجيش في كمين قرب نامبالا', 'place:ml:nampala'],
    ['خطفت الجبهة خمسة مقاتلين في قرية قاح الحدودية', 'place:sy:qah'],
  ])('"%s"', (text, id) => {
    expect(firstPlace(text)).toBe(id);
  });
});

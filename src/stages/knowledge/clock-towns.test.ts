import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every mention the shipped base finds in `text`, in text order. */
function found(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]]).map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('a capital’s clock in an article naming no country', () => {
  it('reads the country that keeps it, on the town’s name', () => {
    expect(found('The charge went off at 7:40 am Moscow time by a rail depot.')).toEqual([
      'Moscow=country:RU',
    ]);
  });

  it('adds nothing when the article names a place, nor for a word that is no town', () => {
    expect(found('The charge went off at 7:40 am Moscow time in Paris.')).toEqual(['Paris=place:fr:paris']);
    expect(found('Voters queued for a long time before noon.')).toEqual([]);
  });
});

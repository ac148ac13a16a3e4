import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every place mention, in text order. */
function places(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined)
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('namesakes met through a loosened spelling', () => {
  it('are the one written as the text writes it: "Mallawi" beside its province is the Egyptian town', () => {
    expect(places('Arsonists burned a chapel in Mallawi in Minya province overnight.')).toEqual([
      'Mallawi=place:eg:mallawi',
      'Minya=region:eg:minya',
    ]);
  });

  it('leave the country its own spelling: "Malawi" stays the country', () => {
    expect(places('Arsonists burned a chapel in Malawi overnight.')).toEqual(['Malawi=country:MW']);
  });
});

import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every place mention, in text order. */
function places(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined)
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('a governor named with a place', () => {
  it('makes it the province of that name rather than a town abroad', () => {
    expect(places('Rebels fired on the car of the Santander governor near a bridge.')).toEqual([
      'Santander=region:co:santander',
    ]);
    expect(places('The governor of Santander met coffee farmers on Monday.')).toEqual([
      'Santander=region:co:santander',
    ]);
  });

  it('leaves the town where no governor is named', () => {
    expect(places('A parcel bomb went off outside a bank in Santander.')).toEqual([
      'Santander=place:es:santander',
    ]);
    expect(places('The mayor of Santander met coffee farmers on Monday.')).toEqual([
      'Santander=place:es:santander',
    ]);
  });
});

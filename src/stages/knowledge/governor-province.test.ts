import { describe, expect, it } from 'vitest';
import { placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

const places = (text: string): string[] => placeMentions(kb, text);

describe('a governor named with a place', () => {
  // The governor's own words also read as the province's seat (region-seat.ts).
  it('makes it the province of that name rather than a town abroad', () => {
    expect(places('Rebels fired on the car of the Santander governor near a bridge.')).toEqual([
      'Santander=region:co:santander',
      'governor=place:co:bucaramanga',
    ]);
    expect(places('The governor of Santander met coffee farmers on Monday.')).toEqual([
      'governor=place:co:bucaramanga',
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

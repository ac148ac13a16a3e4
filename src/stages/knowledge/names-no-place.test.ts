import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './index.js';
import { placeMentions } from './knowledge-fixtures.js';

const kb = await loadKnowledgeBase();

describe('"daily" or "weekly" after a place name', () => {
  it('names a paper when nothing or a verb follows', () => {
    expect(placeMentions(kb, 'The Beirut daily said on Monday that the talks had failed.')).toEqual([]);
  });

  it('says how often a market or prayer is held when such a noun follows', () => {
    expect(placeMentions(kb, 'Shoppers fled when shots hit a Bab El Oued daily market stall.')).toEqual([
      'Bab El Oued=place:dz:algiers:bab-el-oued',
    ]);
    expect(placeMentions(kb, 'Stalls burned at the Peshawar weekly bazaar.')).toEqual([
      'Peshawar=place:pk:peshawar',
    ]);
  });
});

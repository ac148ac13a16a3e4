import { describe, expect, it } from 'vitest';
import { parentsOf } from './entity-parents.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

describe('parentsOf', () => {
  it('gives the town, the province and the country a quarter lies in, nearest first', () => {
    expect(parentsOf(kb, 'place:iq:baghdad:zayouna')).toEqual([
      'place:iq:baghdad',
      'region:iq:baghdad',
      'country:IQ',
    ]);
  });

  it('follows no more links than asked', () => {
    expect(parentsOf(kb, 'place:iq:baghdad:zayouna', 1)).toEqual(['place:iq:baghdad']);
  });

  it('gives nothing for a country or an id the base does not hold', () => {
    expect(parentsOf(kb, 'country:IQ')).toEqual([]);
    expect(parentsOf(kb, 'place:xx:nowhere')).toEqual([]);
  });
});

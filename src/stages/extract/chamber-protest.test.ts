import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

const lahore = placeEntity('Lahore', 'PK');

// A protest inside a legislative chamber is part of its proceedings, not a public demonstration.
describe('protests inside a legislative chamber', () => {
  it('drops lawmakers who marched into the well of the house', () => {
    const text = 'Opposition legislators marched into the well of the house in Lahore, chanting slogans.';
    expect(subTypesOf({ text, mentions: [['Lahore', lahore]] })).toEqual([]);
  });

  it('drops lawmakers who walked out of the assembly in protest', () => {
    const text =
      'Opposition legislators walked out of the Punjab Assembly in Lahore in protest over the budget.';
    expect(subTypesOf({ text, mentions: [['Lahore', lahore]] })).toEqual([]);
  });

  it('drops lawmakers who marched into the quoted ‘well’ of the house', () => {
    const text =
      'Backed by their benches, ruling-party members marched into the ‘well’ of the house in Lahore.';
    expect(subTypesOf({ text, mentions: [['Lahore', lahore]] })).toEqual([]);
  });

  it("keeps a killing told beside a walk-out: only a protest is the chamber's", () => {
    const text = 'Opposition members walked out of the assembly after gunmen shot dead a deputy in Lahore.';
    expect(subTypesOf({ text, mentions: [['Lahore', lahore]] })).toEqual(['Attack']);
  });

  it('keeps lawmakers who marched through the streets', () => {
    const text = 'Opposition legislators marched through the streets of Lahore, chanting slogans.';
    expect(subTypesOf({ text, mentions: [['Lahore', lahore]] })).toEqual(['Peaceful protest']);
  });
});

import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

const brenna = placeEntity('Brenna', 'AF');

// Arms that are, told alone, a blow ("rockets hit the town") named instead as goods bought, sold or paid for.
describe('arms named as goods', () => {
  it.each([
    ['bought for', 'In Brenna on Monday the senator called the purchase of new rockets a waste of money.'],
    ['paid for', 'The council in Brenna on Monday cut the budget for new mortars.'],
    ['sold', 'A trader in Brenna admitted on Monday that he sold 40 grenades to a gang.'],
  ])('are no incident (%s)', (_, text) => {
    expect(subTypesOf({ text, mentions: [['Brenna', brenna]] })).toEqual([]);
  });

  it('leave rockets fired a blow', () => {
    const text = 'Rebels fired rockets at Brenna on Monday after the purchase of the launchers.';
    expect(subTypesOf({ text, mentions: [['Brenna', brenna]] })).toEqual([
      'Shelling/artillery/missile attack',
    ]);
  });
});

describe('arms that strike while people trade', () => {
  it.each([
    'Traders in Brenna were selling fruit when mortars struck the square on Monday.',
    'Nurses in Brenna managed the transfer of patients as rockets hit the ward on Monday.',
  ])('stay a blow: %s', (text) => {
    expect(subTypesOf({ text, mentions: [['Brenna', brenna]] })).toEqual([
      'Shelling/artillery/missile attack',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

describe('acts counted as cases', () => {
  it.each([
    ['The legislator said Jalna had witnessed seven cases of communal clashes over two winters.', 'Jalna'],
    ['Officials logged several incidents of mob violence in Latur, the report noted.', 'Latur'],
  ])('give no event: %s', (text, town) => {
    expect(subTypesOf({ text, mentions: [[town, placeEntity(town, 'IN')]] })).toEqual([]);
  });

  it('keeps cases in connection with which men are held', () => {
    const text = 'Nine men were held in connection with two cases of arson in Latur.';
    expect(subTypesOf({ text, mentions: [['Latur', placeEntity('Latur', 'IN')]] })).not.toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

describe('a place told as overrun by war', () => {
  it.each([
    ['Tartus, once a quiet port, was engulfed by fighting in 2014 and has not recovered.', 'Tartus'],
    ['Raqqa, its old bridges gone, had been torn apart by the fighting in 2013.', 'Raqqa'],
  ])('gives no event: %s', (text, town) => {
    expect(subTypesOf({ text, mentions: [[town, placeEntity(town, 'SY')]] })).toEqual([]);
  });
});

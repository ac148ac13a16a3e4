import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { placesOf } from '../../../test/support/places-of.js';

const mentions = [
  ['Lakhpur', placeEntity('Lakhpur', 'IN')],
  ['Rurania', placeEntity('Rurania', 'IN')],
] satisfies FixtureSpec['mentions'];

describe('a list of towns that ends next to the verb', () => {
  it('gives an incident to each town, the first named first', () => {
    const text = 'Party offices in Lakhpur and Rurania were stormed by a crowd on Sunday.';
    expect(placesOf({ text, mentions })).toEqual(['Lakhpur IN', 'Rurania IN']);
  });

  it('keeps the two ends of a road as one place', () => {
    const text = 'Two car bombs exploded near the road linking Lakhpur and Rurania on Sunday.';
    expect(placesOf({ text, mentions })).toHaveLength(1);
  });
});

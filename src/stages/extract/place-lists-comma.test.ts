import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { placesOf } from '../../../test/support/places-of.js';

const mentions = [
  ['Lakhpur', placeEntity('Lakhpur', 'IN')],
  ['Rurania', placeEntity('Rurania', 'IN')],
] satisfies FixtureSpec['mentions'];
const sitapur = ['Sitapur', placeEntity('Sitapur', 'IN')] satisfies NonNullable<
  FixtureSpec['mentions']
>[number];

describe('listedWith on places joined by a comma', () => {
  it('reads two towns joined by a bare comma as a place and the area it lies in', () => {
    const text = 'A tailor was stabbed to death at his stall in Lakhpur, Rurania.';
    expect(placesOf({ text, mentions })).toEqual(['Lakhpur IN']);
  });

  it('reads them so when an "and" after them joins a verb, not a third place', () => {
    const text = "Gunmen stormed a tailor's house in Lakhpur, Rurania and shot him dead.";
    expect(placesOf({ text, mentions })).toEqual(['Lakhpur IN']);
  });

  it('reads them so when a comma after them closes an apposition before its verb', () => {
    const text = 'A grocer from Lakhpur, Rurania, was dragged from his shop and shot dead.';
    expect(placesOf({ text, mentions })).toEqual(['Lakhpur IN']);
  });

  it('keeps one event per town of a list joined by "and"', () => {
    const two = 'Gunmen attacked police posts in Lakhpur and Rurania.';
    expect(placesOf({ text: two, mentions })).toEqual(['Lakhpur IN', 'Rurania IN']);
    const three = 'Gunmen attacked police posts in Lakhpur, Rurania and Sitapur.';
    expect(placesOf({ text: three, mentions: [...mentions, sitapur] })).toEqual([
      'Lakhpur IN',
      'Rurania IN',
      'Sitapur IN',
    ]);
    // A list that goes on past a name the base lacks ("Dhanbari") keeps its towns.
    const gap = 'Mobs torched shops in Lakhpur, Rurania, Dhanbari and Sitapur.';
    expect(placesOf({ text: gap, mentions: [...mentions, sitapur] })).toContain('Rurania IN');
  });
});

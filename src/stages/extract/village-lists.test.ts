import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { killed } from './fixture-actors.js';
import { placeEntity } from './fixture-entities.js';
import { placesOf } from '../../../test/support/places-of.js';

// An invented village the base does not know (Qarmun), listed with towns it knows.
const mentions = [
  ['Tel Marun', placeEntity('Tel Marun', 'SY')],
  ['Kafr Dalim', placeEntity('Kafr Dalim', 'SY')],
  ['Wadi Qasr', placeEntity('Wadi Qasr', 'SY', 'region')],
] satisfies FixtureSpec['mentions'];

/** The places of the events, the fixture's known towns being those the text names. */
const placesIn = (text: string) =>
  placesOf({ text, mentions: mentions.filter(([name]) => text.includes(name)) });

describe('an unknown village listed with towns the base knows', () => {
  it('gives an incident to the village and to each known town listed after it', () => {
    const text = 'Troops retook the villages of Qarmun and Tel Marun and Kafr Dalim in Wadi Qasr on Monday.';
    expect(placesIn(text)).toEqual(['Qarmun SY', 'Tel Marun SY', 'Kafr Dalim SY']);
  });

  it('gives an incident to each of two unknown villages the plural noun lists', () => {
    const text = 'Troops retook the villages of Qarmun and Deir Sulab in Wadi Qasr on Monday.';
    expect(placesIn(text)).toEqual(['Qarmun SY', 'Deir Sulab SY']);
  });

  it('keeps one incident, with its toll, when one toll is told for the villages listed', () => {
    const text = 'Gunmen raided the villages of Qarmun and Deir Sulab in Wadi Qasr, killing nine people.';
    const quantities = [['nine', killed(9, 'people')]] satisfies FixtureSpec['quantities'];
    expect(placesOf({ text, mentions: [mentions[2]], quantities })).toEqual(['Qarmun SY']);
  });

  it('keeps the village alone when the known town after it only locates it', () => {
    const text = 'Troops retook the village of Qarmun near Tel Marun on Monday.';
    expect(placesIn(text)).toEqual(['Qarmun SY']);
  });
});

import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const ABDUCTION = 'Abduction/forced disappearance';
const sarim: FixtureSpec['mentions'] = [['Wadi Sarim', placeEntity('Wadi Sarim', 'SD')]];
const front: FixtureSpec['mentions'] = [
  ['the Qarn Liberation Front', actorEntity('Qarn Liberation Front')],
  ...sarim,
];

describe('captives told by the armed side that holds or took them', () => {
  it.each<[string, FixtureSpec['mentions']]>([
    ['Rebels of the Qarn Liberation Front are holding four teachers near Wadi Sarim.', front],
    ['Militants have been holding two engineers at a camp outside Wadi Sarim since Monday.', sarim],
    ['Nine villagers were taken by the Qarn Liberation Front on the road to Wadi Sarim.', front],
    ['He was taken away by gunmen outside his shop in Wadi Sarim.', sarim],
  ])('reads people kept or carried off by an armed side as a kidnapping: %s', (text, mentions) => {
    expect(subTypesOf({ text, mentions })).toEqual([ABDUCTION]);
  });

  it.each<[string, FixtureSpec['mentions']]>([
    // A state's police holding suspects is an arrest, told by other words.
    ['The police in Wadi Sarim are holding four teachers for questioning.', sarim],
    // A child taken by his family, and a town taken by a side, are no captives.
    ['Two boys were taken by their parents to a clinic in Wadi Sarim.', sarim],
    ['The hill town near Wadi Sarim was taken by the Qarn Liberation Front.', front],
    // Talks are held, not people.
    ['Rebels of the Qarn Liberation Front are holding talks in Wadi Sarim.', front],
  ])('tells no kidnapping: %s', (text, mentions) => {
    expect(subTypesOf({ text, mentions })).not.toContain(ABDUCTION);
  });

  it('reads someone gone after men stopped him as a forced disappearance', () => {
    const text = 'A district judge disappeared after being stopped at a checkpoint near Wadi Sarim.';
    expect(subTypesOf({ text, mentions: sarim })).toEqual([ABDUCTION]);
  });

  it('tells no incident of a hiker who disappeared in the hills', () => {
    const text = 'A hiker disappeared in the hills near Wadi Sarim last week.';
    expect(subTypesOf({ text, mentions: sarim })).toEqual([]);
  });
});

describe('a single shot, a slit throat and a poison in the mail', () => {
  it.each([
    'Two men on a scooter fired once into the car of a trader in Wadi Sarim.',
    'A masked man fired a bullet into the chest of a guard in Wadi Sarim.',
    'Two gunmen fled the tax office in Wadi Sarim, firing one shot into the ceiling.',
    'Farmers found the body of a shepherd near Wadi Sarim. His throat had been slit.',
    'A toxin made from castor beans turned up in a parcel addressed to a judge in Wadi Sarim.',
  ])('reads an attack: %s', (text) => {
    expect(subTypesOf({ text, mentions: sarim }).length).toBeGreaterThan(0);
  });

  it('tells no attack of a manager fired once a year', () => {
    const text = 'The mill in Wadi Sarim fired its manager in March.';
    expect(subTypesOf({ text, mentions: sarim })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const front: FixtureSpec['mentions'] = [
  ['the Qarn Liberation Front', actorEntity('Qarn Liberation Front')],
  ['Wadi Sarim', placeEntity('Wadi Sarim', 'SD')],
];
const ABDUCTION = 'Abduction/forced disappearance';

describe('captivity told by its end', () => {
  it.each([
    'Two engineers were held by the Qarn Liberation Front near Wadi Sarim. They were released after nine days.',
    'Two engineers were stopped near Wadi Sarim and held by the Qarn Liberation Front for several hours.',
    // "stopped" right before "and" is a deed of its own, not a halt of the holding.
    'Near Wadi Sarim two engineers were stopped and held by the Qarn Liberation Front for several hours.',
  ])('reads people held by an armed side and let go as a kidnapping: %s', (text) => {
    expect(subTypesOf({ text, mentions: front })).toEqual([ABDUCTION]);
  });

  it('reads captives apprehended by gunmen and freed the next day as a kidnapping', () => {
    const text = 'A reporter was apprehended by gunmen in Wadi Sarim. The gunmen freed him the next day.';
    expect(subTypesOf({ text, mentions: [['Wadi Sarim', placeEntity('Wadi Sarim', 'SD')]] })).toEqual([
      ABDUCTION,
    ]);
  });

  it.each([
    // No release and no span: a place held, not people.
    'The hill town near Wadi Sarim was held by the Qarn Liberation Front. Aid convoys could not reach it.',
    // A thing named by who holds it.
    'Talks held by the Qarn Liberation Front for two days near Wadi Sarim ended without a deal.',
  ])('tells no kidnapping: %s', (text) => {
    expect(subTypesOf({ text, mentions: front })).toEqual([]);
  });

  it('tells no kidnapping of people held by a side bearing no arms', () => {
    const text =
      'Two engineers were held by customs officers near Wadi Sarim. They were released after nine days.';
    expect(subTypesOf({ text, mentions: [['Wadi Sarim', placeEntity('Wadi Sarim', 'SD')]] })).toEqual([]);
  });
});

describe('captors named as a people', () => {
  const mentions: FixtureSpec['mentions'] = [
    ['Vardanians', { ...placeEntity('Vardania', 'VR', 'country'), via: 'demonym' }],
    ['Wadi Sarim', placeEntity('Wadi Sarim', 'SD')],
  ];

  it('reads a teacher held by a people and then freed as a kidnapping', () => {
    const text = 'A schoolteacher was held by Vardanians near Wadi Sarim. He was freed a fortnight later.';
    expect(subTypesOf({ text, mentions })).toEqual([ABDUCTION]);
  });
});

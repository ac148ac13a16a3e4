import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

/** A sentence set in one town the base knows. */
const inTown = (text: string, town: string, country: string): FixtureSpec => ({
  text,
  mentions: [[town, placeEntity(town, country)]],
});

// Trigger rows for assaults, sabotage and found bodies told in longer or rarer words: a person badly beaten
// at home or at work, a limb broken by someone, power cables cut by hand, a vessel of flammable liquid
// hurled, bodies found after a long aside. Each with a look-alike that must stay no incident.
describe('assault and sabotage wordings the trigger rows missed', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'a clerk badly beaten at his desk is an attack',
      inTown('A bank clerk was badly beaten at his desk by two masked men in Lund.', 'Lund', 'SE'),
      ['Attack'],
    ],
    [
      'a team badly beaten in a final is none',
      inTown('The home side was badly beaten in the cup final in Lund.', 'Lund', 'SE'),
      [],
    ],
    [
      'an arm broken by rebels is an attack',
      inTown('Rebels broke the arm of a village teacher in Dailekh on Friday.', 'Dailekh', 'NP'),
      ['Attack'],
    ],
    [
      'a leg broken in a fall is none',
      inTown('The climber broke his leg in a fall near Dailekh.', 'Dailekh', 'NP'),
      [],
    ],
    [
      'power cables cut by unknown men are sabotage',
      inTown('Unknown men cut the main power cables of the tram depot in Tolosa.', 'Tolosa', 'ES'),
      ['Looting/property destruction'],
    ],
    [
      'a jar of flammable liquid hurled at a shop is arson',
      inTown('Youths hurled a large glass jar of flammable liquid at a shop in Tolosa.', 'Tolosa', 'ES'),
      ['Looting/property destruction'],
    ],
    [
      'bodies found after a long aside are an attack',
      inTown(
        'Nine bodies, among them two guards and a cook, each bound at the wrists, were found by herders outside Balad.',
        'Balad',
        'IQ',
      ),
      ['Attack'],
    ],
  ])('%s', (_case, spec, expected) => {
    expect(subTypesOf(spec)).toEqual(expected);
  });
});

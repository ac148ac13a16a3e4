import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { placesOf } from '../../../test/support/places-of.js';
import { placeEntity } from './fixture-entities.js';

const towns = (...names: string[]): FixtureSpec['mentions'] =>
  names.map((name) => [name, placeEntity(name, 'SY')]);

describe('the incident place, not another role a place plays in the sentence', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'is where the fire fell, not where the attackers are posted',
      {
        text: 'Militants positioned in Rampur fired mortar shells on the town of Lakhpur on Friday, injuring two.',
        mentions: towns('Rampur', 'Lakhpur'),
      },
      ['Lakhpur SY'],
    ],
    [
      'is where the convoy was ambushed, not where it was heading',
      {
        text: 'Gunmen ambushed a convoy on its way to Rampur, killing four soldiers near Lakhpur on Friday.',
        mentions: towns('Rampur', 'Lakhpur'),
      },
      ['Lakhpur SY'],
    ],
    [
      'is the town the shells hit, not the province whose office gave the toll',
      {
        text: 'Four people were killed according to the health directorate in Rampur when shells hit Lakhpur on Friday.',
        mentions: towns('Rampur', 'Lakhpur'),
      },
      ['Lakhpur SY'],
    ],
    [
      'is not the district the fighters hail from',
      {
        text: 'وقال المسؤول في رامبور إن مسلحين ينتمون إلى قضاء لاكبور قتلوا ثلاثة جنود.',
        mentions: [
          ['رامبور', placeEntity('Rampur', 'SY')],
          ['لاكبور', placeEntity('Lakhpur', 'SY')],
        ],
      },
      ['Rampur SY'],
    ],
  ])('%s', (_why, spec, expected) => {
    expect(placesOf(spec)).toEqual(expected);
  });
});

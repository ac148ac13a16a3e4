import { describe, expect, it } from 'vitest';
import { placesOf } from '../../../test/support/places-of.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import type { Mention } from '../../core/records.js';

describe('a road named by its ends gives way to the place the clause puts the incident in', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'a town the clause names further on, out of the usual reach',
      {
        text: 'A device went off under the rails of the busy Lakhpur-Adrow railway line late at night, about two miles outside Sitapur.',
        mentions: [
          ['Lakhpur', placeEntity('Lakhpur', 'GB')],
          ['Adrow', placeEntity('Adrow', 'GB')],
          ['Sitapur', placeEntity('Sitapur', 'GB')],
        ],
      },
      ['Sitapur GB'],
    ],
    [
      'the province the road runs through',
      {
        text: 'Gunmen ambushed a supply convoy of a road building firm on the Lakhpur-Rampur highway at a bend below the old fort in Ostmark province.',
        mentions: [
          ['Lakhpur', placeEntity('Lakhpur', 'AF')],
          ['Rampur', placeEntity('Rampur', 'AF')],
          ['Ostmark', placeEntity('Ostmark', 'AF', 'region')],
        ],
      },
      ['Ostmark AF'],
    ],
    [
      'a town named after the towns a journey ran between',
      {
        text: 'A charge blew up under a goods train travelling from Lakhpur to Rampur near Sitapur, hurting one guard.',
        mentions: [
          ['Lakhpur', placeEntity('Lakhpur', 'DZ')],
          ['Rampur', placeEntity('Rampur', 'DZ')],
          ['Sitapur', placeEntity('Sitapur', 'DZ')],
        ],
      },
      ['Sitapur DZ'],
    ],
  ])('%s', (_name, spec, want) => expect(placesOf(spec)).toEqual(want));

  it('keeps the town a journey started from over the town it was bound for or the region holding it', () => {
    const inOstmark = (name: string): Omit<Mention, 'span'> => {
      const town = placeEntity(name, 'GE');
      return { ...town, place: { ...town.place!, admin1: 'Ostmark' } };
    };
    const bound: FixtureSpec = {
      text: 'Our minibus going from Lakhpur to Rampur was ambushed, killing two passengers.',
      mentions: [
        ['Lakhpur', placeEntity('Lakhpur', 'AF')],
        ['Rampur', placeEntity('Rampur', 'AF')],
      ],
    };
    expect(placesOf(bound)).toEqual(['Lakhpur AF']);
    const province = placeEntity('Ostmark', 'GE', 'region');
    const ostmark = { ...province, place: { ...province.place!, admin1: 'Ostmark' } };
    const region: FixtureSpec = {
      text: 'A mine was found and defused aboard a goods train travelling from Lakhpur to Rampur, high in the hills of Ostmark.',
      mentions: [
        ['Lakhpur', inOstmark('Lakhpur')],
        ['Rampur', inOstmark('Rampur')],
        ['Ostmark', ostmark],
      ],
    };
    expect(placesOf(region)).toEqual(['Lakhpur GE']);
  });

  it('keeps the road end when the clause names no other place', () => {
    const spec: FixtureSpec = {
      text: 'Rebels blew up a culvert on the Lakhpur-Rampur highway, cutting traffic for a day.',
      mentions: [
        ['Lakhpur', placeEntity('Lakhpur', 'AF')],
        ['Rampur', placeEntity('Rampur', 'AF')],
      ],
    };
    expect(placesOf(spec)).toEqual(['Lakhpur AF']);
  });
});

import { describe, expect, it } from 'vitest';
import { placesOf } from '../../../test/support/places-of.js';
import type { FixtureSpec } from './fixture-document.js';
import type { Mention } from '../../core/records.js';
import { placeEntity } from './fixture-entities.js';

/** A place of the first-level region Sindhia. */
const inSindhia = (e: Omit<Mention, 'span'>): Omit<Mention, 'span'> => ({
  ...e,
  place: { ...e.place!, admin1: 'Sindhia' },
});

// Which of the places a text names wins as the incident's town: not the town of the hospital the wounded
// were taken to, nor the town a bus was bound for, the place a rocket was fired from when the text says
// where it fell, a province named only as the seat of an office, or an end of a stretch "between X and Y".
describe('the incident town among the places named', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'is where the victims were struck, not the town of the hospital they were taken to',
      {
        text:
          'Two farmers were wounded near the town of Tirin. ' +
          'The farmers were shot by gunmen and were taken to the hospital in Lakhpur for treatment.',
        mentions: [
          ['Tirin', placeEntity('Tirin', 'IN')],
          ['Lakhpur', placeEntity('Lakhpur', 'IN')],
        ],
      },
      ['Tirin IN'],
    ],
    [
      "is a bombed hospital's town, which no carrying verb puts after the blast",
      {
        text: 'Three patients died when a car bomb hit the main hospital in Lakhpur on Monday.',
        mentions: [['Lakhpur', placeEntity('Lakhpur', 'IN')]],
      },
      ['Lakhpur IN'],
    ],
    [
      'is where a bus blew up, not the town it was bound for',
      {
        text: 'A bomb planted under a seat of a Rampur-bound bus exploded in Sitapur, wounding five.',
        mentions: [
          ['Rampur', placeEntity('Rampur', 'IN')],
          ['Sitapur', placeEntity('Sitapur', 'IN')],
        ],
      },
      ['Sitapur IN'],
    ],
    [
      'is where a rocket landed, not the strip the militants fired it from',
      {
        text: 'A rocket fired by militants in the Zarqa Strip landed near Lakhpur, causing no damage.',
        mentions: [
          ['Zarqa Strip', placeEntity('Zarqa Strip', 'RT', 'region')],
          ['Lakhpur', placeEntity('Lakhpur', 'IN')],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      'is the strip militants fired from when the text does not say where the rocket fell',
      {
        text: 'Soldiers were shot by militants in the Zarqa Strip on Monday.',
        mentions: [['Zarqa Strip', placeEntity('Zarqa Strip', 'RT', 'region')]],
      },
      ['Zarqa Strip RT'],
    ],
    [
      "is the town, not the province of a chief minister's office",
      {
        text: 'Gunmen fired on the motorcade of the Sindhia Chief Minister on a busy road in Rampur.',
        mentions: [
          ['Sindhia', placeEntity('Sindhia', 'IN', 'region')],
          ['Rampur', placeEntity('Rampur', 'IN')],
        ],
      },
      ['Rampur IN'],
    ],
    [
      'is the town the clause opens with, not an end of the track it names between two towns',
      {
        text: 'In Tirin, a stretch of railway track between Lakhpur and Rampur was damaged by a bomb.',
        mentions: [
          ['Tirin', placeEntity('Tirin', 'IN')],
          ['Lakhpur', placeEntity('Lakhpur', 'IN')],
          ['Rampur', placeEntity('Rampur', 'IN')],
        ],
      },
      ['Tirin IN'],
    ],
    [
      'is the town a road between two towns is bombed near',
      {
        text: 'A bomb damaged the road between Lakhpur and Rampur near Tirin on Monday.',
        mentions: [
          ['Lakhpur', placeEntity('Lakhpur', 'IN')],
          ['Rampur', placeEntity('Rampur', 'IN')],
          ['Tirin', placeEntity('Tirin', 'IN')],
        ],
      },
      ['Tirin IN'],
    ],
    [
      "is the track's first end when the text names no other place",
      {
        text: 'A stretch of railway track between Lakhpur and Rampur was damaged by a bomb.',
        mentions: [
          ['Lakhpur', placeEntity('Lakhpur', 'IN')],
          ['Rampur', placeEntity('Rampur', 'IN')],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      'is the district told before the province it lies in, finer than that province',
      {
        text: 'A village elder in the Tirin District of Sindhia Province was shot dead by gunmen.',
        mentions: [
          ['Tirin', placeEntity('Tirin', 'IN')],
          ['Sindhia', placeEntity('Sindhia', 'IN', 'region')],
        ],
      },
      ['Tirin IN'],
    ],
    [
      'is the town a bracketed district and province only say where it lies',
      {
        text: 'Rebels came to a village near Lakhpur (Tirin district of Sindhia) and shot four farmers.',
        mentions: [
          ['Lakhpur', inSindhia(placeEntity('Lakhpur', 'IN'))],
          ['Tirin', inSindhia(placeEntity('Tirin', 'IN'))],
          ['Sindhia', inSindhia(placeEntity('Sindhia', 'IN', 'region'))],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      'is a settlement of the neighbour one theatre shares, named in its region, not that region',
      {
        text: 'Militants lobbed a mortar round at the Zarqa Strip settlement of Tirin overnight.',
        mentions: [
          ['Zarqa Strip', placeEntity('Zarqa Strip', 'PS', 'region')],
          ['Tirin', placeEntity('Tirin', 'IL')],
        ],
      },
      ['Tirin IL'],
    ],
    [
      'is a town the text names as a settlement, not the town named before it',
      {
        text: 'A Lakhpur grocer was found stabbed beside his van near the hill settlement of Tirin.',
        mentions: [
          ['Lakhpur', placeEntity('Lakhpur', 'IN')],
          ['Tirin', placeEntity('Tirin', 'IN')],
        ],
      },
      ['Tirin IN'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(placesOf(spec)).toEqual(expected);
  });
});

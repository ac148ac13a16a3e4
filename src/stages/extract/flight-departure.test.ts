import { describe, expect, it } from 'vitest';
import { placesOf } from '../../../test/support/places-of.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const towns = (...names: string[]): FixtureSpec['mentions'] =>
  names.map((name) => [name, placeEntity(name, 'RU')]);

describe('a hijacked flight is placed at the town it left', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'told by its route, not the town it was bound for',
      {
        text: 'Three armed men hijacked a Lakhpur Air jet flying from Rampur to Adrow with forty people aboard.',
        mentions: towns('Rampur', 'Adrow'),
      },
      ['Rampur RU'],
    ],
    [
      'nor the town it was forced to land at',
      {
        text: 'Two students hijacked an airliner soon after its takeoff from Sitapur and forced it down in Adrow.',
        mentions: towns('Sitapur', 'Adrow'),
      },
      ['Sitapur RU'],
    ],
    [
      'told after the town it was bound for',
      {
        text: 'Four gunmen hijacked a jet bound for Adrow minutes after it took off from Rampur on Sunday.',
        mentions: towns('Adrow', 'Rampur'),
      },
      ['Rampur RU'],
    ],
    [
      'in Arabic as well',
      {
        text: 'خطف مسلحون طائرة ركاب أقلعت من رامبور وأجبروها على الهبوط في أدرو.',
        mentions: [
          ['رامبور', placeEntity('Rampur', 'RU')],
          ['أدرو', placeEntity('Adrow', 'RU')],
        ],
      },
      ['Rampur RU'],
    ],
  ])('%s', (_name, spec, want) => expect(placesOf(spec)).toEqual(want));
});

describe('a town named with "from" stays no scene outside a hijacked flight', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'warplanes that took off from a town struck another',
      {
        text: 'Jets that took off from Rampur bombed a market in Adrow, killing six.',
        mentions: towns('Rampur', 'Adrow'),
      },
      ['Adrow RU'],
    ],
    [
      'a hijacking told with no flight keeps the usual place',
      {
        text: 'Gunmen hijacked a fuel truck in Adrow on its way back from Rampur.',
        mentions: towns('Adrow', 'Rampur'),
      },
      ['Adrow RU'],
    ],
  ])('%s', (_name, spec, want) => expect(placesOf(spec)).toEqual(want));
});

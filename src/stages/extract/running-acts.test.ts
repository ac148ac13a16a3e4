import { describe, expect, it } from 'vitest';
import { placeEntity } from './fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

const taiz = placeEntity('Taiz', 'YE');
const aden = placeEntity('Aden', 'YE');

/** "sub-type place" of each event a text tells about Taiz and Aden. */
function told(text: string): string[] {
  const places = [
    ['Taiz', taiz],
    ['Aden', aden],
    ['تعز', taiz],
    ['عدن', aden],
  ] as const;
  const mentions = places
    .filter(([name]) => text.includes(name))
    .map(([name, place]) => [name, place] as [string, typeof place]);
  return resolvedEvents({ text, mentions }).map((e) => `${e.sub_event_type?.value} ${e.location?.name}`);
}

describe('acts told as going on since a month or a year', () => {
  it.each<[string, string]>([
    ['a running toll', 'Air strikes have killed 1500 civilians in Taiz since March.'],
    ['strikes going on', 'ويشن التحالف غارات على مواقع الحوثيين في تعز منذ مارس 2015.'],
    [
      'attacks summed since a year that opens the clause',
      'ومنذ عام 2014، شن المسلحون أكثر من 300 هجوم في تعز.',
    ],
  ])('tell no incident: %s', (_, text) => {
    expect(told(`A bomb exploded in Aden on Monday. ${text}`)).toEqual([
      'Remote explosive/landmine/IED Aden',
    ]);
  });

  it.each<[string, string]>([
    ['a record', 'It was the deadliest attack in Taiz since 2014, killing 12.'],
    [
      'an act after a description that holds a "since"',
      'Houthi gunmen, who have held the port of Taiz since March, attacked a checkpoint killing two.',
    ],
  ])('keep an incident told beside a "since": %s', (_, text) => {
    expect(told(text)).toHaveLength(1);
  });
});

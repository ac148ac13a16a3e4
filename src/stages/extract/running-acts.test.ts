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
  // A day told: an undated act beside a "since" is a running count whatever its words.
  const monday = { value: '2015-06-01', precision: 'day' as const, reason: 'weekday' };
  const times = text.includes('on Monday') ? [['on Monday', monday] as [string, typeof monday]] : [];
  return resolvedEvents({ text, mentions, times }).map(
    (e) => `${e.sub_event_type?.value} ${e.location?.name}`,
  );
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
    // No killing told beside it: only the word of record keeps the attack.
    ['a record', 'A car bomb in Taiz was the deadliest attack since 2009.'],
    [
      'an act before a comma and a description that holds a "since"',
      'Rebels shelled Aden on Monday, a town held since March.',
    ],
    [
      'an act before a "since" whose month is not its own',
      'Rebels shelled Aden on Monday despite a calm since talks in March.',
    ],
    [
      'an act after a "since" whose clause ends first',
      'Since January the curfew has held, but on Monday gunmen shot dead two guards in Aden.',
    ],
    [
      'an act after a description that holds a "since"',
      'Houthi gunmen, who have held the port of Taiz since March, attacked a checkpoint killing two.',
    ],
  ])('keep an incident told beside a "since": %s', (_, text) => {
    expect(told(text)).toHaveLength(1);
  });
});

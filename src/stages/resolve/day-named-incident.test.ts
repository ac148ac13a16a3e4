import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';

const velmora = placeEntity('Velmora', 'RT');
const mentions: FixtureSpec['mentions'] = [
  ['Velmora', velmora],
  ['Dunhollow', placeEntity('Dunhollow', 'RT')],
];
// Published on a Thursday: Tuesday is 2021-05-11, Wednesday 2021-05-12.
const day = (value: string) => ({ value, precision: 'day' as const, reason: 'latest such weekday' });
const times: FixtureSpec['times'] = [
  ['Tuesday', day('2021-05-11')],
  ['Wednesday', day('2021-05-12')],
  ['Thursday', day('2021-05-13')],
];
const eventsOf = (text: string) =>
  resolvedEvents({
    text,
    published: '2021-05-13',
    mentions: mentions.filter(([w]) => text.includes(w)),
    times: times.filter(([w]) => text.includes(w)),
  });

describe('a lead incident named by its day in a later sentence', () => {
  it('takes the day of "the Tuesday raids" when its own clause gives only the day of the telling', () => {
    const text =
      'Air strikes on a crowded bus depot in Velmora killed 14 drivers, a monitor said on Thursday. ' +
      'The monitor could not say which side flew the Tuesday raids, which also wounded dozens.';
    expect(eventsOf(text)[0].date?.value).toBe('2021-05-11');
  });

  it('takes the day of "Wednesday\'s assault" when the lead is undated', () => {
    const text =
      'Gunmen stormed a police post in Velmora, killing 9 officers, the ministry said. ' +
      "Officers reported after Wednesday's assault that the gunmen fled into the hills.";
    expect(eventsOf(text)[0].date?.value).toBe('2021-05-12');
  });

  it('keeps the lead undated when the day names an earlier incident it came after', () => {
    const text =
      'Gunmen stormed a police post in Velmora, killing 9 officers, the ministry said. ' +
      "It came a day after Tuesday's attack on a market in Dunhollow.";
    expect(eventsOf(text)[0].date?.value).toBe('2021-05-13');
  });

  it('dates the lead before its tellings merge, so strikes told on another day stay an incident of their own', () => {
    const text =
      'Air strikes on a crowded bus depot in Velmora killed 14 drivers, a monitor said on Thursday. ' +
      'The monitor could not say which side flew the Tuesday raids. ' +
      'It said fresh air strikes hit Velmora on Wednesday.';
    const events = resolvedEvents({
      text,
      published: '2021-05-13',
      mentions: [
        ['Velmora', velmora],
        ['Velmora', velmora, 2],
      ],
      times,
    });
    expect(events.map((e) => e.date?.value)).toEqual(['2021-05-11', '2021-05-12']);
  });
});

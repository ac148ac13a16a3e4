import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';

const kassala = placeEntity('Kassala', 'SD');
const kosti = placeEntity('Kosti', 'SD');
const monday = { value: '2019-04-08', precision: 'day', reason: 'latest such weekday' } as const;

function datesOf(spec: FixtureSpec): string[] {
  return resolvedEvents(spec).map(
    (e) => `${e.event_type?.value} ${e.date?.value ?? null} ${e.timing?.value}`,
  );
}

describe('an incident a memory calls up', () => {
  it('stays undated and historical, not dated by the news told before it', () => {
    const dates = datesOf({
      text:
        'Gunmen shot dead two guards in Kassala on Monday, police said. The shooting stirred memories ' +
        'of the riots that followed the torching of a bus depot at Kosti, in which scores of traders were killed.',
      published: '2019-04-11',
      mentions: [
        ['Kassala', kassala],
        ['Kosti', kosti],
      ],
      times: [['on Monday', monday]],
    });
    expect(dates).toContain('Riots null historical');
  });
});

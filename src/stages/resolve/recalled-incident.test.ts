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

describe('an incident told among earlier ones', () => {
  const spec = (text: string): FixtureSpec => ({
    text,
    published: '2019-04-11',
    mentions: [
      ['Kassala', kassala],
      ['Kosti', kosti],
    ],
    times: [['on Monday', monday]],
  });

  it('is historical, not dated by the news told before it', () => {
    const text =
      'Gunmen shot dead two guards in Kassala on Monday, police said. The gunmen wore the masks of the men who ' +
      'killed three traders at Kosti in earlier raids.';
    expect(datesOf(spec(text))).toEqual([
      'Violence against civilians 2019-04-08 current',
      'Violence against civilians null historical',
    ]);
  });

  it('is historical when an Arabic clause says so («في هجمات سابقة»)', () => {
    const text =
      'قتل مسلحون حارسين في كسلا يوم الاثنين. وقالت الشرطة إن المسلحين أنفسهم قتلوا ثلاثة تجار في كوستي في هجمات سابقة.';
    const dates = datesOf({
      ...spec(text),
      mentions: [
        ['كسلا', kassala],
        ['كوستي', kosti],
      ],
      times: [['يوم الاثنين', monday]],
    });
    expect(dates.at(-1)).toMatch(/null historical$/);
  });
});

import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

const aleppo = placeEntity('Aleppo', 'SY');
const sunday = { value: '2015-07-26', precision: 'day', reason: 'weekday' } as const;

/** "trigger date" of each event the two stages make of the document. */
function eventsOf(spec: FixtureSpec): string[] {
  return resolvedEvents({ published: '2015-07-29', ...spec }).map((e) => {
    const [from, to] = e.event_type!.spans[0];
    return `${spec.text.slice(from, to)} ${e.date?.value ?? 'undated'}`;
  });
}

describe('an act and the act it answers', () => {
  it('are two incidents, even of one kind at one place on one day', () => {
    const text =
      'Troops shelled rebel positions in Aleppo on Sunday in retaliation for rebel shelling on Sunday of an army post in Aleppo.';
    const spec = {
      text,
      mentions: [
        ['Aleppo', aleppo, 1],
        ['Aleppo', aleppo, 2],
      ],
      times: [
        ['on Sunday', sunday, 1],
        ['on Sunday', sunday, 2],
      ],
    } satisfies FixtureSpec;
    expect(eventsOf(spec)).toEqual(['shelled 2015-07-26', 'shelling 2015-07-26']);
  });

  it('leaves the day told for the act answered to that act', () => {
    const text = 'ورداً على الهجوم الذي وقع في حلب يوم الأحد، قصفت القوات مواقع المعارضة في حلب.';
    const spec = {
      text,
      mentions: [
        ['حلب', aleppo, 1],
        ['حلب', aleppo, 2],
      ],
      times: [['يوم الأحد', sunday]],
    } satisfies FixtureSpec;
    expect(eventsOf(spec)).toEqual(['الهجوم 2015-07-26', 'قصفت 2015-07-29']);
  });
});

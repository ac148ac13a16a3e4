import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';

const eventsOf = (text: string) => {
  const mentions: FixtureSpec['mentions'] = [
    ['Velmora', placeEntity('Velmora', 'RT')],
    ['Ostrava Bay', placeEntity('Ostrava Bay', 'RT')],
    ['Freedonia', placeEntity('Freedonia', 'FD', 'country')],
  ];
  const times: FixtureSpec['times'] = [
    ['Last week', { value: '2021-05', precision: 'month', reason: 'last week' }],
  ];
  return resolvedEvents({ text, published: '2021-05-12', mentions, times });
};

describe('a truce its clause places in the country of a party to it', () => {
  it("holds in the article's country, where the fighting is", () => {
    const text =
      'Mortar fire hit a clinic in Velmora on Monday, killing four nurses. Shelling also struck Ostrava Bay. ' +
      'Last week Freedonia put in place a two-week truce meant to let the wounded leave.';
    const truce = eventsOf(text).find((e) => e.sub_event_type?.value === 'Agreement');
    expect(truce?.location?.country).toBe('RT');
  });
});

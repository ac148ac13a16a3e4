import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { placeEntity } from '../extract/fixture-entities.js';

const hama = placeEntity('Hama', 'SY');
const salamiyah = placeEntity('Salamiyah', 'SY');
const killed = { value: 100, qualifier: 'exact' as const, role: 'killed' as const };

/** Each resolved strike's place and toll, as "Name N". */
function strikesOf(text: string): string[] {
  return resolvedEvents({
    text,
    published: '2016-07-20',
    mentions: [
      ['Hama', hama],
      ['Salamiyah', salamiyah],
    ],
    quantities: [
      ['100 militants', killed, 1],
      ['100 militants', killed, 2],
    ],
  }).map((e) => `${e.location?.name} ${e.fatalities?.value}`);
}

describe('a strike told in its province and at its town', () => {
  it('is one event at the town when the text names "the province of" the town', () => {
    const text =
      'The monitor gave its figures on Wednesday. ' +
      'Jets killed 100 militants in air strikes in the province of Hama. ' +
      'Jets destroyed a convoy near the town of Salamiyah and killed 100 militants.';
    expect(strikesOf(text)).toEqual(['Salamiyah 100']);
  });

  it('stays two events when both places are told as towns', () => {
    const text =
      'The monitor gave its figures on Wednesday. ' +
      'Jets killed 100 militants in air strikes on the town of Hama. ' +
      'Jets destroyed a convoy near the town of Salamiyah and killed 100 militants.';
    expect(strikesOf(text)).toEqual(['Hama 100', 'Salamiyah 100']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../core/records.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { placeEntity } from '../extract/fixture-entities.js';

/** A count of `noun` at the n-th `word` of the text, its noun the word after it. */
function count(
  text: string,
  word: string,
  value: number,
  noun: string,
  n = 1,
): [string, Omit<Quantity, 'span'>, number] {
  let at = -1;
  for (let k = 0; k < n; k++) at = text.indexOf(word, at + 1);
  const after = at + word.length + 1;
  const nounSpan: [number, number] = [
    after,
    text.indexOf(' ', after) < 0 ? text.length : text.indexOf(' ', after),
  ];
  return [word, { value, qualifier: 'exact', role: 'killed', noun, nounSpan }, n];
}

/** Each event's town and dead, as "Town dead". */
function tolls(text: string, quantities: ReturnType<typeof count>[]): string[] {
  const events = resolvedEvents({
    text,
    quantities,
    mentions: [
      ['Xland', placeEntity('Xland', 'XX', 'country')],
      ['Rampur', placeEntity('Rampur', 'XX')],
      ['Lakhpur', placeEntity('Lakhpur', 'XX')],
    ],
  });
  return events.map((e) => `${e.location?.name} ${e.fatalities?.value ?? '-'}`);
}

describe('a lead that sums the tolls of the towns told after it', () => {
  it('leaves each town its own dead', () => {
    const text =
      'Air raids killed 12 fighters and 4 civilians across Xland overnight. In Rampur, strikes on a depot ' +
      'killed 12 fighters. In Lakhpur, raids on a market killed 4 civilians.';
    expect(
      tolls(text, [
        count(text, '12', 12, 'militants'),
        count(text, '4', 4, 'civilians'),
        count(text, '12', 12, 'militants', 2),
        count(text, '4', 4, 'civilians', 2),
      ]),
    ).toEqual(['Rampur 12', 'Lakhpur 4']);
  });

  it("gives each town the group its clause names, from the lead's count", () => {
    const text =
      'Air raids killed 12 fighters and 4 civilians in Xland overnight. The fighters were killed in strikes ' +
      'on Rampur, while the civilians died in air raids on Lakhpur.';
    expect(tolls(text, [count(text, '12', 12, 'militants'), count(text, '4', 4, 'civilians')])).toEqual([
      'Rampur 12',
      'Lakhpur 4',
    ]);
  });
});

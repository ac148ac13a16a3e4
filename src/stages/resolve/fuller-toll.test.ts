import { describe, expect, it } from 'vitest';
import { killed } from '../extract/fixture-actors.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

describe('a retelling that holds the victim told before and the others killed with him', () => {
  const killedIn = (text: string) =>
    resolvedEvents({
      text,
      mentions: [['Vardenburg', placeEntity('Vardenburg', 'RT')]],
      quantities: [['six', { value: 6, qualifier: 'exact' }]],
    }).map((e) => e.fatalities?.value ?? null);

  it('gives the incident the fuller count', () => {
    expect(
      killedIn(
        'A rebel captain was killed in an air strike on a farmhouse near Vardenburg on Friday. ' +
          'The captain along with six of his men were killed when the jet hit the farmhouse.',
      ),
    ).toEqual([7]);
  });

  it('gives the fuller count in Arabic too, the others joined by "و"', () => {
    const events = resolvedEvents({
      text: 'قتل قيادي ميداني في غارة جوية على مزرعة قرب فاردنبرغ يوم الجمعة. وأسفرت الغارة عن مقتل القيادي و3 آخرين من حراسه.',
      mentions: [['فاردنبرغ', placeEntity('Vardenburg', 'RT')]],
      // As the language stage reads them: the one told again, and the others joined to him.
      quantities: [
        ['قيادي', { value: 1, qualifier: 'exact', role: 'killed' }],
        ['القيادي', { value: 1, qualifier: 'exact', role: 'killed' }],
        ['3', { value: 3, qualifier: 'exact', role: 'killed', noun: 'others' }],
      ],
    });
    expect(events.map((e) => e.fatalities?.value ?? null)).toEqual([4]);
  });

  it('leaves the first count when the later one is summed over the past week', () => {
    expect(
      killedIn(
        'A rebel captain was killed in an air strike on a farmhouse near Vardenburg on Friday. ' +
          'The captain along with six of his men were killed in the past week in raids across the province.',
      ),
    ).toEqual([1]);
  });

  it('gives the fuller count when both the one named before and his guard are told killed', () => {
    expect(
      resolvedEvents({
        text:
          'Lena Varga, a judge in Vardenburg, was killed when gunmen fired on her car on Friday. ' +
          'Both Varga and her driver were killed, and a passer-by was wounded.',
        mentions: [['Vardenburg', placeEntity('Vardenburg', 'RT')]],
      }).map((e) => e.fatalities?.value ?? null),
    ).toEqual([2]);
  });

  it('keeps the first count when the later one opens with someone not told before', () => {
    expect(
      killedIn(
        'A rebel captain was killed in an air strike on a farmhouse near Vardenburg on Friday. ' +
          'The driver along with six of his men were killed when the jet hit the farmhouse.',
      ),
    ).toEqual([1]);
  });
});

describe("a total told first, then its parts listed with 'another'", () => {
  const killedIn = (text: string, counts: [string, number, string][]) =>
    resolvedEvents({
      text,
      mentions: [['Vardenburg', placeEntity('Vardenburg', 'RT')]],
      quantities: counts.map(([phrase, value, noun]) => [phrase, killed(value, noun)]),
    }).map((e) => e.fatalities?.value ?? null);

  it('is not added to its own parts', () => {
    expect(
      killedIn(
        'Gunmen killed at least 30 people in a raid on two hamlets near Vardenburg on Friday, a medic said. ' +
          'The medic said the raid left 11 farmers and 14 guards dead, with another 5 bodies still unnamed.',
        [
          ['30', 30, 'people'],
          ['11', 11, 'farmers'],
          ['14', 14, 'guards'],
          ['5', 5, 'bodies'],
        ],
      ),
    ).toEqual([30]);
  });

  it('still adds victims an "another" first in its sentence tells (kept)', () => {
    expect(
      killedIn(
        'Gunmen killed 11 farmers in a raid on two hamlets near Vardenburg on Friday, a medic said. ' +
          'Another 5 villagers were also killed in the raid, the medic said.',
        [
          ['11', 11, 'farmers'],
          ['5', 5, 'villagers'],
        ],
      ),
    ).toEqual([16]);
  });
});

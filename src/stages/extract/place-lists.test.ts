import { describe, expect, it } from 'vitest';
import { placeEntity } from './fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

/** The West Bank towns the texts name. */
const TOWNS = ['Jenin', 'Tubas', 'Nablus', 'Hebron'];

/** Where each event lies and whom it killed, for an English text naming some of the towns. */
function placedTolls(text: string): [string | undefined, number | null][] {
  return resolvedEvents({
    text,
    published: '2022-04-09',
    mentions: TOWNS.filter((t) => text.includes(t)).map((t) => [t, placeEntity(t, 'PS')] as const),
    quantities: [['two', { value: 2, qualifier: 'exact', noun: 'farmers', role: 'killed' }]],
  }).map((e) => [e.location?.name, e.fatalities?.value ?? null]);
}

describe('towns listed after a word of nearness', () => {
  it('place one incident at the first town, which keeps the toll', () => {
    expect(placedTolls('Masked gunmen shot at a tractor near Jenin and Tubas, killing two farmers.')).toEqual(
      [['Jenin', 2]],
    );
    expect(
      placedTolls('Masked gunmen shot at a tractor in the vicinity of Jenin, Tubas, killing two farmers.'),
    ).toEqual([['Jenin', 2]]);
  });

  it('stand as one place however many towns they list', () => {
    expect(
      placedTolls('Masked gunmen shot at a tractor near Jenin, Tubas and Nablus, killing two farmers.'),
    ).toEqual([['Jenin', 2]]);
  });

  it('after a town hit of its own, are a second place, at the first town they list', () => {
    expect(
      placedTolls(
        'Masked gunmen shot at tractors in Hebron and near Jenin, Tubas and Nablus, killing two farmers.',
      ),
    ).toEqual([
      ['Hebron', null],
      ['Jenin', null],
    ]);
  });

  it('leave towns hit one by one as an incident in each, with no share of the summed toll', () => {
    expect(placedTolls('Masked gunmen shot at tractors in Jenin and Tubas, killing two farmers.')).toEqual([
      ['Jenin', null],
      ['Tubas', null],
    ]);
    expect(
      placedTolls('Masked gunmen shot at tractors in Jenin, Tubas and Nablus, killing two farmers.'),
    ).toEqual([
      ['Jenin', null],
      ['Tubas', null],
      ['Nablus', null],
    ]);
  });
});

describe("a stretch's ends with the province named after the second", () => {
  /** A place of the Ostmark province. */
  const inOstmark = (name: string, precision?: 'region') => {
    const e = placeEntity(name, 'IN', precision);
    return { ...e, place: { ...e.place!, admin1: 'Ostmark' } };
  };
  const placeOf = (text: string) =>
    resolvedEvents({
      text,
      mentions: [
        ['Lakhpur', inOstmark('Lakhpur')],
        ['Rampur', inOstmark('Rampur')],
        ['Ostmark', inOstmark('Ostmark', 'region')],
      ],
    })[0]?.location?.name;

  it.each([
    'A bomb went off under a bus between Lakhpur and Rampur in Ostmark.',
    'Rebels burned three lorries on the Lakhpur-Rampur road in Ostmark province.',
  ])('places the incident at the first end, as a stretch named alone: %s', (text) => {
    expect(placeOf(text)).toBe('Lakhpur');
  });
});

describe('two towns named after «بين» and the dual of their noun', () => {
  const placed = (text: string) =>
    resolvedEvents({
      text,
      language: 'ar',
      published: '2022-04-09',
      mentions: [
        ['جنين', placeEntity('Jenin', 'PS')],
        ['طوباس', placeEntity('Tubas', 'PS')],
      ],
    }).map((e) => e.location?.name);

  it('are the two ends of one road, one incident placed at the first', () => {
    expect(placed('أطلق مسلحون النار على شاحنة على الطريق بين مدينتي جنين وطوباس مساء الخميس.')).toEqual([
      'Jenin',
    ]);
  });

  it('are so when the dual is written with the Persian yeh', () => {
    expect(placed('أطلق مسلحون النار على شاحنة على الطريق بین مدینتی جنين وطوباس مساء الخميس.')).toEqual([
      'Jenin',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { countryIn, freedonian, sylvania } from '../../../test/support/country-in.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { actorEntity, demonymEntity, placeEntity } from '../extract/fixture-entities.js';

// The article's country when a country or town is named inside another name: a border, a body, a bank, a
// company, the base of the body that reports.

describe('a country named only as the border the scene lies by', () => {
  const front = actorEntity('Freedonia Liberation Front', 'armed-group', 'FD');
  const countryOf = (text: string) =>
    countryIn(text, [
      ['Freedonia Liberation Front', front],
      ['Sylvania', sylvania],
    ]);

  it('gives way to the country of the armed group that struck', () => {
    expect(
      countryOf(
        'Freedonia Liberation Front guerrillas kidnapped two reporters along the border with Sylvania.',
      ),
    ).toBe('FD');
    expect(
      countryOf('Freedonia Liberation Front guerrillas attacked a village near the Sylvania border.'),
    ).toBe('FD');
  });

  it('is still the place when no armed group of a home country is named', () => {
    const text = 'Gunmen kidnapped two reporters along the border with Sylvania.';
    expect(countryIn(text, [['Sylvania', sylvania]])).toBe('SV');
  });

  it('gives way to the country the entry is filed under, or whose reporter was seized, with no group named', () => {
    const freedonia = placeEntity('Freedonia', 'FD', 'country');
    expect(
      countryIn('FREEDONIA.  Gunmen killed two farmers in a village near the Sylvania border.', [
        ['FREEDONIA', freedonia],
        ['Sylvania', sylvania],
      ]),
    ).toBe('FD');
    expect(
      countryIn(
        'A Freedonian reporter was kidnapped by gunmen near the Sylvania border on Monday. ' +
          'He wrote for a Freedonian daily.',
        [
          ['Freedonian', freedonian],
          ['Sylvania', sylvania],
          ['Freedonian', freedonian, 2],
        ],
      ),
    ).toBe('FD');
  });

  it('gives way to the country of a town a distance is measured from', () => {
    const text =
      'A car bomb killed nine people at a tea house in a hamlet near the Sylvania border. ' +
      'The hamlet lies sixty miles north of Tarnow.';
    const tarnow = placeEntity('Tarnow', 'FD');
    expect(
      countryIn(text, [
        ['Sylvania', sylvania],
        ['Tarnow', tarnow],
      ]),
    ).toBe('FD');
  });

  it('is the place when the clause names it as where the attack happened', () => {
    expect(countryOf('Freedonia Liberation Front guerrillas kidnapped two reporters in Sylvania.')).toBe(
      'SV',
    );
  });
});

describe("a country's name that opens the name of a body", () => {
  const freedonia = placeEntity('Freedonia', 'FD', 'country');
  const countryOf = (text: string) =>
    countryIn(text, [
      ['Sylvania', sylvania],
      ['Freedonia', freedonia],
    ]);

  it('says whose the body is, as a nationality does: the place the article names decides', () => {
    expect(
      countryOf(
        'Gunmen kidnapped two engineers on Monday. They worked for the Sylvania Water Agency. Freedonia sent police.',
      ),
    ).toBe('FD');
  });

  it('but the country named plainly first still wins a tie', () => {
    expect(
      countryOf(
        'Gunmen kidnapped two engineers on Monday. They had worked in Sylvania for years. Freedonia sent police.',
      ),
    ).toBe('SV');
  });
});

describe("a town that ends a bank's name", () => {
  it('says whose the bank is, not where its branch stands', () => {
    const text =
      'Arsonists burned a Bank of Zenda branch in the capital. Police of Freedonia found the cans.';
    expect(
      countryIn(text, [
        ['Zenda', placeEntity('Zenda', 'SV')],
        ['Freedonia', placeEntity('Freedonia', 'FD', 'country')],
      ]),
    ).toBe('FD');
  });
});

describe("a country's name ending a company's", () => {
  const freedonia = placeEntity('Freedonia', 'FD', 'country');
  const mentions: FixtureSpec['mentions'] = [
    ['Freedonian', freedonian],
    ['Freedonian', freedonian, 2],
    ['Sylvania', sylvania],
    ['Freedonia', freedonia, 3],
  ];

  it('says whose the company is, as a nationality does, not where its men were seized', () => {
    const text =
      'Gunmen seized two Freedonian drivers. A Freedonian firm in Sylvania, ZTK Freedonia, employed them.';
    expect(countryIn(text, mentions)).toBe('SV');
  });

  it('still places the incident when the name stands apart from an acronym', () => {
    const text =
      'Gunmen seized two Freedonian drivers. A Freedonian firm in Sylvania said ZTK, Freedonia, employed them.';
    expect(countryIn(text, mentions)).toBe('FD');
  });
});

describe('a place named as the base of the body that reports', () => {
  const sylvanian = demonymEntity('Sylvania', 'SV');
  const lakhpur = { ...placeEntity('Lakhpur', 'SV'), via: 'demonym' as const };

  it('places nothing when the body written after it speaks', () => {
    expect(
      countryIn('The Sylvania-based watchdog said 30 people were hurt when troops shelled the valley.', [
        ['Sylvania', sylvanian],
      ]),
    ).toBeUndefined();
    expect(
      countryIn('A Lakhpur-based monitor said 30 people were hurt when troops shelled the valley.', [
        ['Lakhpur', lakhpur],
      ]),
    ).toBeUndefined();
  });

  it('is not taken as the town of an incident placed only in its country', () => {
    const told = resolvedEvents({
      text: 'A Lakhpur-based monitor said 30 people were hurt when troops shelled a valley in Sylvania.',
      published: '2010-05-02',
      mentions: [
        ['Lakhpur', lakhpur],
        ['Sylvania', sylvania],
      ],
    });
    expect(told[0]?.location?.name).toBe('Sylvania');
  });

  it('still places an incident that struck the based body', () => {
    expect(
      countryIn('Arsonists burned the offices of a Lakhpur-based weekly overnight.', [['Lakhpur', lakhpur]]),
    ).toBe('SV');
  });

  it('still lets the same nationality vote elsewhere', () => {
    expect(
      countryIn('Sylvanian troops shelled the valley, wounding 30 people.', [['Sylvanian', sylvanian]]),
    ).toBe('SV');
  });
});

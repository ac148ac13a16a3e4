import { describe, expect, it } from 'vitest';
import { countryIn, freedonian, sylvania } from '../../../test/support/country-in.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { actorEntity, demonymEntity, placeEntity } from '../extract/fixture-entities.js';

/** The country an unplaced attack on Freedonian soldiers is given, with the nationality told `times` times. */
function countryOf(times: number): string | null | undefined {
  const text =
    'Three Freedonian soldiers were wounded when gunmen fired on their patrol. ' +
    'The army keeps a battalion in Sylvania. ' +
    Array.from({ length: times - 1 }, () => 'A Freedonian officer spoke. ').join('');
  const mentions: FixtureSpec['mentions'] = Array.from({ length: times }, (_, i) => [
    'Freedonian',
    freedonian,
    i + 1,
  ]);
  mentions.push(['Sylvania', sylvania]);
  return countryIn(text, mentions);
}

describe("the article's country, for an event its clause places only by a nationality", () => {
  it('is the country the article names once, over a nationality told three times', () => {
    expect(countryOf(3)).toBe('SV');
  });

  it('is the nationality told far more often than the one place', () => {
    expect(countryOf(5)).toBe('FD');
  });
});

describe('a people the text calls ethnic', () => {
  const countryOf = (text: string) =>
    countryIn(text, [
      ['Freedonians', freedonian],
      ['Sylvanian', demonymEntity('Sylvanian', 'SV')],
    ]);

  it('is a minority abroad: the country of the other people named decides', () => {
    expect(countryOf('Ethnic Freedonians kidnapped two Sylvanian miners on their way to work.')).toBe('SV');
  });

  it('but a people named plainly still votes for its country, and the first named wins a tie', () => {
    expect(countryOf('Armed Freedonians kidnapped two Sylvanian miners on their way to work.')).toBe('FD');
  });
});

describe('a place named as where oil is carried', () => {
  const freedonia = placeEntity('Freedonia', 'FD', 'country');
  it('counts as a nationality: the country the article places something in decides', () => {
    const text =
      'Bombers wrecked a pipeline on Monday. The line carries crude oil to Sylvania. Freedonia sent troops.';
    const mentions: FixtureSpec['mentions'] = [
      ['Sylvania', sylvania],
      ['Freedonia', freedonia],
    ];
    expect(countryIn(text, mentions)).toBe('FD');
  });
});

describe('a nationality naming foreigners at work or travel', () => {
  const countryOf = (text: string) =>
    countryIn(
      text,
      [
        ['Freedonian', freedonian],
        ['Sylvania', sylvania],
      ].filter(([name]) => text.includes(name as string)) as FixtureSpec['mentions'],
    );

  it('is not their country: drivers and tourists from abroad were struck abroad', () => {
    expect(countryOf('Two Freedonian truck drivers were shot dead on their way home from Sylvania.')).toBe(
      'SV',
    );
    expect(
      countryOf('Gunmen kidnapped four Freedonian tourists and their Freedonian guide in Sylvania.'),
    ).toBe('SV');
  });

  it('still counts for soldiers and officials of that nationality', () => {
    expect(countryOf('Two Freedonian soldiers were shot dead near a checkpoint.')).toBe('FD');
  });
});

describe('a party of one country among nationalities that tie', () => {
  const party = actorEntity('Rally Party', 'party', 'SV');
  const sylvanian = demonymEntity('Sylvanian', 'SV');

  it("tips the tie to the party's country", () => {
    const text =
      'Gunmen shot a clerk inside a Rally Party branch. A Freedonian and a Sylvanian guest were there.';
    const mentions: FixtureSpec['mentions'] = [
      ['Rally Party', party],
      ['Freedonian', freedonian],
      ['Sylvanian', sylvanian],
    ];
    expect(countryIn(text, mentions)).toBe('SV');
  });

  it('adds no country the text does not otherwise name', () => {
    const text = 'Gunmen shot a clerk inside a Rally Party branch. A Freedonian guest was there.';
    expect(
      countryIn(text, [
        ['Rally Party', party],
        ['Freedonian', freedonian],
      ]),
    ).toBe('FD');
  });
});

describe("a country's short form used as its nationality", () => {
  const shortForm = { ...placeEntity('Sylvania', 'SV', 'country'), via: 'alias' as const };
  const front = actorEntity('Freedonia Liberation Front', 'armed-group', 'FD');

  it('counts as a nationality, not a place, before a lowercase word', () => {
    const text = 'Gunmen killed a guard and a cook, hours after the SV strikes on Freedonia.';
    expect(
      countryIn(text, [
        ['SV', shortForm],
        ['Freedonia', placeEntity('Freedonia', 'FD', 'country')],
      ]),
    ).toBe('FD');
  });

  it('is a nationality told again after one of its people', () => {
    const text =
      'Freedonia Liberation Front rebels seized a Sylvanian teacher they said had ties to the SV government.';
    expect(
      countryIn(text, [
        ['Freedonia Liberation Front', front],
        ['Sylvanian', demonymEntity('Sylvanian', 'SV')],
        ['SV', shortForm],
      ]),
    ).toBe('FD');
  });

  it('stays a place where the words go on from a place', () => {
    const text = 'Two clerks were hurt when a parcel blew up in the SV on Friday. A Freedonian spoke.';
    expect(
      countryIn(text, [
        ['SV', shortForm],
        ['Freedonian', freedonian],
      ]),
    ).toBe('SV');
  });
});

describe('a body named for two countries', () => {
  it('stands in the first: the partner named second gets no vote', () => {
    const text =
      'Vandals hurled a pipe bomb toward the Freedonian-Sylvanian Institute, a Sylvanian language school.';
    expect(
      countryIn(text, [
        ['Freedonian', freedonian],
        ['Sylvanian', demonymEntity('Sylvanian', 'SV')],
        ['Sylvanian', demonymEntity('Sylvanian', 'SV'), 2],
      ]),
    ).toBe('FD');
  });
});

describe('the nationality of soldiers', () => {
  it('says less of where than that of other people: soldiers serve abroad', () => {
    const text = 'A roadside bomb killed a Sylvanian soldier and two Freedonian farmers near a market.';
    expect(
      countryIn(text, [
        ['Sylvanian', demonymEntity('Sylvanian', 'SV')],
        ['Freedonian', freedonian],
      ]),
    ).toBe('FD');
  });

  it('is still the country when nothing else is named', () => {
    const text = 'A roadside bomb killed two Sylvanian soldiers near a market.';
    expect(countryIn(text, [['Sylvanian', demonymEntity('Sylvanian', 'SV')]])).toBe('SV');
  });
});

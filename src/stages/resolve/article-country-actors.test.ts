import { describe, expect, it } from 'vitest';
import { countryIn, freedonian, sylvania } from '../../../test/support/country-in.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';

// The article's country as the groups, forces, firms and missions it names tell it.

describe('a group the base places in one country, named with a nationality of its own', () => {
  const settlers = actorEntity('settlers', 'group', 'SV');
  const countryOf = (text: string) =>
    countryIn(text, [
      ['Freedonian', freedonian],
      ['settlers', settlers],
    ]);

  it("places the incident in the group's country, not the nationality's", () => {
    expect(countryOf('Freedonian settlers set fire to an olive grove.')).toBe('SV');
  });

  it("puts a village the base does not know in the group's country too", () => {
    expect(countryOf('Freedonian settlers attacked farmers near the village of Kavara.')).toBe('SV');
  });

  it("places an incident the article names no place for in the group's country", () => {
    expect(
      countryIn('A night watchman was stabbed at a farm gate. Police suspect settlers.', [
        ['settlers', settlers],
      ]),
    ).toBe('SV');
  });
});

describe('an article that names no place, only a firm of one country', () => {
  const bank = actorEntity('Freedonia Savings Bank', 'organisation', 'FD');
  const leader = actorEntity('Rufus Firefly', 'person', 'SV');

  it("is placed in the firm's country", () => {
    const text =
      'Hooded youths threw petrol bombs at a Freedonia Savings Bank branch, burning two cash machines.';
    expect(countryIn(text, [['Freedonia Savings Bank', bank]])).toBe('FD');
  });

  it('but a person of one country outweighs it', () => {
    const text =
      'Hooded youths threw petrol bombs at a Freedonia Savings Bank branch owned by a cousin of Rufus Firefly.';
    const mentions: FixtureSpec['mentions'] = [
      ['Freedonia Savings Bank', bank],
      ['Rufus Firefly', leader],
    ];
    expect(countryIn(text, mentions)).toBe('SV');
  });
});

describe('an unplaced incident naming an armed group and a state force', () => {
  const front = actorEntity('Freedonia Liberation Front', 'armed-group', 'FD');
  const troops = actorEntity('Sylvanian troops', 'state-forces', 'SV');

  it("is in the armed group's country: a state's forces also serve abroad", () => {
    const text =
      'The Freedonia Liberation Front executed a man it accused of spying for Sylvanian troops. ' +
      'Informers of Sylvanian troops are often killed.';
    expect(
      countryIn(text, [
        ['Freedonia Liberation Front', front],
        ['Sylvanian troops', troops, 1],
        ['Sylvanian troops', troops, 2],
      ]),
    ).toBe('FD');
  });

  it("is the state's country when it names no such group", () => {
    const text = 'Gunmen fired on a patrol of Sylvanian troops.';
    expect(countryIn(text, [['Sylvanian troops', troops]])).toBe('SV');
  });

  it.each([
    'A rocket hit a lorry convoy bound to supply Sylvanian troops, and one driver died.',
    'Gunmen burned three tankers hauling supplies for Sylvanian troops.',
    'A bomb went off while a train was loaded with goods for Sylvanian troops.',
    'A driver delivering fuel for Sylvanian troops was shot dead.',
    'A cook working for Sylvanian troops was shot dead by gunmen.',
  ])('is no country when the force is one that others supply or work for: "%s"', (text) => {
    expect(countryIn(text, [['Sylvanian troops', troops]]) ?? null).toBeNull();
  });
});

describe('a mission the base posts in one country', () => {
  const mission = actorEntity('SYLFOR', 'igo', 'SV');

  it("places an incident no place is named for in the mission's country", () => {
    const text = 'A bomb exploded under a SYLFOR vehicle, damaging the car.';
    expect(countryIn(text, [['SYLFOR', mission]])).toBe('SV');
  });

  it("outweighs the nationality of the mission's soldiers", () => {
    const text = 'A man threw a grenade at two Freedonian SYLFOR soldiers, wounding both.';
    expect(
      countryIn(text, [
        ['Freedonian', freedonian],
        ['SYLFOR', mission],
      ]),
    ).toBe('SV');
  });
});

describe("a state's police named beside a nationality in an article that names no place", () => {
  // The base's police forces carry ids ending in ":police"; its armies do not.
  const police = {
    ...actorEntity('Sylvanian police', 'state-forces', 'SV'),
    entity_id: 'actor:forces:sv:police',
  };
  const theirPolice = {
    ...actorEntity('Freedonian police', 'state-forces', 'FD'),
    entity_id: 'actor:forces:fd:police',
  };
  const troops = actorEntity('Sylvanian troops', 'state-forces', 'SV');

  it('places the incident where the police serve: they keep order at home only', () => {
    const text =
      'A Freedonian couple found a bomb fixed under their car. They called the Sylvanian police, who defused it.';
    expect(
      countryIn(text, [
        ['Freedonian', freedonian],
        ['Sylvanian police', police],
      ]),
    ).toBe('SV');
  });

  it('gives way to a place the article names: police also serve in missions abroad', () => {
    const text =
      'Gunmen killed two Freedonian officers in an ambush on a van of Freedonian police. ' +
      'The unit serves with a peace mission in Sylvania.';
    expect(
      countryIn(text, [
        ['Freedonian', freedonian],
        ['Freedonian police', theirPolice],
        ['Sylvania', sylvania],
      ]),
    ).toBe('SV');
  });

  it('outweighs the home of an armed group that raided them: a group strikes across borders', () => {
    const front = actorEntity('the Front', 'armed-group', 'FD');
    const text = 'Fighters of the Front ambushed a van, killing three officers of the Sylvanian police.';
    expect(
      countryIn(text, [
        ['Sylvanian police', police],
        ['the Front', front],
      ]),
    ).toBe('SV');
  });

  it('gives a tie with a country named only as a border to the troops: the scene lies on their side', () => {
    const text = 'An ambush near the border with Freedonia killed two Sylvanian troops.';
    const freedonia = placeEntity('Freedonia', 'FD', 'country');
    expect(
      countryIn(text, [
        ['Freedonia', freedonia],
        ['Sylvanian troops', troops],
      ]),
    ).toBe('SV');
  });

  it("leaves the nationality's country to a state's troops, who also serve abroad", () => {
    const text = 'Two Freedonian villagers were shot dead on a road watched by Sylvanian troops.';
    const mentions: FixtureSpec['mentions'] = [['Freedonian', freedonian]];
    expect(countryIn(text, [...mentions, ['Sylvanian troops', troops]])).toBe('FD');
  });
});

describe("a state's forces named in an article that places its incident nowhere", () => {
  const freedonia = placeEntity('Freedonia', 'FD', 'country');
  const forces = actorEntity('Freedonian forces', 'state-forces', 'FD');
  const text =
    'Gunmen fired on a lorry at dawn, killing its driver. Traders in Sylvania and in Freedonia use ' +
    'the road every day. Freedonian forces sealed it afterwards.';
  const places: FixtureSpec['mentions'] = [
    ['Sylvania', sylvania],
    ['Freedonia', freedonia],
  ];

  it("count for their state's country, as its soldiers' nationality does", () => {
    expect(countryIn(text, [...places, ['Freedonian forces', forces]])).toBe('FD');
  });

  it('leave two places that tie to the one named first without them', () => {
    expect(countryIn(text, places)).toBe('SV');
  });

  it('do not count when others work for them, an expedition abroad', () => {
    const served =
      'Gunmen shot dead a cook working for Freedonian forces. Traders in Sylvania and in Freedonia use ' +
      'the road every day.';
    expect(countryIn(served, [...places, ['Freedonian forces', forces]])).toBe('SV');
  });
});

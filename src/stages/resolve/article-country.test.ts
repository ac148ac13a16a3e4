import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { actorEntity, demonymEntity, placeEntity } from '../extract/fixture-entities.js';

const freedonian = demonymEntity('Freedonian', 'FD');
const sylvania = placeEntity('Sylvania', 'SV', 'country');

/** The country the first event of a text with these mentions is placed in. */
const countryIn = (text: string, mentions: FixtureSpec['mentions']) =>
  resolvedEvents({ text, published: '2010-05-02', mentions })[0]?.location?.country;

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
  return resolvedEvents({ text, published: '2010-05-02', mentions })[0]?.location?.country;
}

describe("the article's country, for an event its clause places only by a nationality", () => {
  it('is the country the article names once, over a nationality told three times', () => {
    expect(countryOf(3)).toBe('SV');
  });

  it('is the nationality told far more often than the one place', () => {
    expect(countryOf(5)).toBe('FD');
  });
});

describe('a country named only as the border the scene lies by', () => {
  const front = actorEntity('Freedonia Liberation Front', 'armed-group', 'FD');
  const countryOf = (text: string) =>
    resolvedEvents({
      text,
      published: '2010-05-02',
      mentions: [
        ['Freedonia Liberation Front', front],
        ['Sylvania', sylvania],
      ],
    })[0]?.location?.country;

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
    const events = resolvedEvents({ text, published: '2010-05-02', mentions: [['Sylvania', sylvania]] });
    expect(events[0]?.location?.country).toBe('SV');
  });

  it('gives way to the country the entry is filed under, or whose reporter was seized, with no group named', () => {
    const freedonia = placeEntity('Freedonia', 'FD', 'country');
    const filed = resolvedEvents({
      text: 'FREEDONIA.  Gunmen killed two farmers in a village near the Sylvania border.',
      published: '2010-05-02',
      mentions: [
        ['FREEDONIA', freedonia],
        ['Sylvania', sylvania],
      ],
    });
    expect(filed[0]?.location?.country).toBe('FD');
    const seized = resolvedEvents({
      text:
        'A Freedonian reporter was kidnapped by gunmen near the Sylvania border on Monday. ' +
        'He wrote for a Freedonian daily.',
      published: '2010-05-02',
      mentions: [
        ['Freedonian', freedonian],
        ['Sylvania', sylvania],
        ['Freedonian', freedonian, 2],
      ],
    });
    expect(seized[0]?.location?.country).toBe('FD');
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

describe('a group the base places in one country, named with a nationality of its own', () => {
  const settlers = actorEntity('settlers', 'group', 'SV');
  const countryOf = (text: string) =>
    resolvedEvents({
      text,
      published: '2010-05-02',
      mentions: [
        ['Freedonian', freedonian],
        ['settlers', settlers],
      ],
    })[0]?.location?.country;

  it("places the incident in the group's country, not the nationality's", () => {
    expect(countryOf('Freedonian settlers set fire to an olive grove.')).toBe('SV');
  });

  it("puts a village the base does not know in the group's country too", () => {
    expect(countryOf('Freedonian settlers attacked farmers near the village of Kavara.')).toBe('SV');
  });

  it("places an incident the article names no place for in the group's country", () => {
    const events = resolvedEvents({
      text: 'A night watchman was stabbed at a farm gate. Police suspect settlers.',
      published: '2010-05-02',
      mentions: [['settlers', settlers]],
    });
    expect(events[0]?.location?.country).toBe('SV');
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

describe('a people the text calls ethnic', () => {
  const countryOf = (text: string) =>
    resolvedEvents({
      text,
      published: '2010-05-02',
      mentions: [
        ['Freedonians', freedonian],
        ['Sylvanian', demonymEntity('Sylvanian', 'SV')],
      ],
    })[0]?.location?.country;

  it('is a minority abroad: the country of the other people named decides', () => {
    expect(countryOf('Ethnic Freedonians kidnapped two Sylvanian miners on their way to work.')).toBe('SV');
  });

  it('but a people named plainly still votes for its country, and the first named wins a tie', () => {
    expect(countryOf('Armed Freedonians kidnapped two Sylvanian miners on their way to work.')).toBe('FD');
  });
});

describe("a country's name that opens the name of a body", () => {
  const freedonia = placeEntity('Freedonia', 'FD', 'country');
  const countryOf = (text: string) =>
    resolvedEvents({
      text,
      published: '2010-05-02',
      mentions: [
        ['Sylvania', sylvania],
        ['Freedonia', freedonia],
      ],
    })[0]?.location?.country;

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

describe('a place named as where oil is carried', () => {
  const freedonia = placeEntity('Freedonia', 'FD', 'country');
  it('counts as a nationality: the country the article places something in decides', () => {
    const text =
      'Bombers wrecked a pipeline on Monday. The line carries crude oil to Sylvania. Freedonia sent troops.';
    const mentions: FixtureSpec['mentions'] = [
      ['Sylvania', sylvania],
      ['Freedonia', freedonia],
    ];
    expect(resolvedEvents({ text, published: '2010-05-02', mentions })[0]?.location?.country).toBe('FD');
  });
});

describe('a nationality naming foreigners at work or travel', () => {
  const countryOf = (text: string) =>
    resolvedEvents({
      text,
      published: '2010-05-02',
      mentions: [
        ['Freedonian', freedonian],
        ['Sylvania', sylvania],
      ].filter(([name]) => text.includes(name as string)) as FixtureSpec['mentions'],
    })[0]?.location?.country;

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

describe('an unplaced incident naming an armed group and a state force', () => {
  const front = actorEntity('Freedonia Liberation Front', 'armed-group', 'FD');
  const troops = actorEntity('Sylvanian troops', 'state-forces', 'SV');

  it("is in the armed group's country: a state's forces also serve abroad", () => {
    const text =
      'The Freedonia Liberation Front executed a man it accused of spying for Sylvanian troops. ' +
      'Informers of Sylvanian troops are often killed.';
    const events = resolvedEvents({
      text,
      published: '2010-05-02',
      mentions: [
        ['Freedonia Liberation Front', front],
        ['Sylvanian troops', troops, 1],
        ['Sylvanian troops', troops, 2],
      ],
    });
    expect(events[0]?.location?.country).toBe('FD');
  });

  it("is the state's country when it names no such group", () => {
    const text = 'Gunmen fired on a patrol of Sylvanian troops.';
    const events = resolvedEvents({
      text,
      published: '2010-05-02',
      mentions: [['Sylvanian troops', troops]],
    });
    expect(events[0]?.location?.country).toBe('SV');
  });

  it.each([
    'A rocket hit a lorry convoy bound to supply Sylvanian troops, and one driver died.',
    'Gunmen burned three tankers hauling supplies for Sylvanian troops.',
    'A bomb went off while a train was loaded with goods for Sylvanian troops.',
    'A driver delivering fuel for Sylvanian troops was shot dead.',
    'A cook working for Sylvanian troops was shot dead by gunmen.',
  ])('is no country when the force is one that others supply or work for: "%s"', (text) => {
    const events = resolvedEvents({
      text,
      published: '2010-05-02',
      mentions: [['Sylvanian troops', troops]],
    });
    expect(events[0]?.location?.country ?? null).toBeNull();
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

  it("leaves the nationality's country to a state's troops, who also serve abroad", () => {
    const text = 'Two Freedonian villagers were shot dead on a road watched by Sylvanian troops.';
    const mentions: FixtureSpec['mentions'] = [['Freedonian', freedonian]];
    expect(countryIn(text, [...mentions, ['Sylvanian troops', troops]])).toBe('FD');
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

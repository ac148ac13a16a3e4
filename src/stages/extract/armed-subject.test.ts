import { describe, expect, it } from 'vitest';
import { resolvedEvents, subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const zabul = placeEntity('Zabul', 'AF');

// Bare verbs of wrecking tell an incident only with an armed hand; a weak verb with an armed subject
// tells one even where no place is named.
describe('wrecking and attacks by an armed hand', () => {
  it('keeps a mast a known armed group damaged', () => {
    const mentions: FixtureSpec['mentions'] = [
      ['Taliban', actorEntity('Taliban')],
      ['Zabul', zabul],
    ];
    expect(subTypesOf({ text: 'The Taliban damaged a telecom mast in Zabul.', mentions })).toEqual([
      'Looting/property destruction',
    ]);
  });

  it('keeps a depot destroyed by unknown perpetrators', () => {
    expect(
      subTypesOf({
        text: 'A fuel depot was destroyed by unknown perpetrators in Zabul.',
        mentions: [['Zabul', zabul]],
      }),
    ).toEqual(['Looting/property destruction']);
  });

  it('drops a mast a company damaged', () => {
    expect(
      subTypesOf({ text: 'The company damaged a telecom mast in Zabul.', mentions: [['Zabul', zabul]] }),
    ).toEqual([]);
  });

  it('keeps an attack by masked men with no place named', () => {
    expect(subTypesOf({ text: 'Masked men attacked a bus carrying pilgrims.' })).toEqual(['Attack']);
  });

  it('keeps an attack by masked men described before the verb, with no place named', () => {
    expect(subTypesOf({ text: 'Three masked men armed with shotguns attacked a ferry crew.' })).toEqual([
      'Attack',
    ]);
  });

  it('keeps a wrecking by armed men told with one word of their kind before them and described before the verb', () => {
    const mentions: FixtureSpec['mentions'] = [['Zabul', zabul]];
    const text = 'Radical vigilantes belonging to a moral police wrecked two cinemas in Zabul.';
    expect(subTypesOf({ text, mentions })).toEqual(['Looting/property destruction']);
    const company = 'Local builders belonging to a guild wrecked two cinemas in Zabul.';
    expect(subTypesOf({ text: company, mentions })).toEqual([]);
  });

  it('drops an attack made in words by a report on an armed side', () => {
    expect(subTypesOf({ text: 'A report on rebels from the north attacked the tax law.' })).toEqual([]);
  });

  it('keeps an attack by an armed side named after "by", with no place named', () => {
    expect(subTypesOf({ text: 'The bus was targeted by unknown perpetrators.' })).toEqual(['Attack']);
  });

  it('keeps an office damaged by a weapon named after "by"', () => {
    expect(
      subTypesOf({ text: 'Late on Friday a union office was wrecked by a homemade explosive device.' }),
    ).toEqual(['Remote explosive/landmine/IED']);
  });

  it('keeps a depot a unit of a known armed group partially destroyed', () => {
    const mentions: FixtureSpec['mentions'] = [
      ['Hamas', actorEntity('Hamas')],
      ['Zabul', zabul],
    ];
    expect(subTypesOf({ text: 'A Hamas unit partially destroyed a fuel depot in Zabul.', mentions })).toEqual(
      ['Looting/property destruction'],
    );
  });

  it('keeps a depot a known armed group destroyed, its short form in brackets before the verb', () => {
    const mentions: FixtureSpec['mentions'] = [
      ['Mountain Liberation Front', actorEntity('Mountain Liberation Front')],
      ['Zabul', zabul],
    ];
    const text = 'The Mountain Liberation Front (MLF) destroyed a fuel depot in Zabul.';
    expect(subTypesOf({ text, mentions })).toEqual(['Looting/property destruction']);
  });

  it('drops a depot a company named with its short form in brackets destroyed', () => {
    const text = 'The Northern Demolition Company (NDC) destroyed an old fuel depot in Zabul.';
    expect(subTypesOf({ text, mentions: [['Zabul', zabul]] })).toEqual([]);
  });

  it('keeps a school militants burned, with no place named', () => {
    expect(subTypesOf({ text: 'Militants burned a village school.' })).toEqual([
      'Looting/property destruction',
    ]);
  });

  it('takes the armed men after "by" for the attackers, not for the target', () => {
    const text = 'A shrine in Zabul was attacked by a band of gunmen on Friday.';
    expect(subTypesOf({ text, mentions: [['Zabul', zabul]] })).toEqual(['Attack']);
  });
});

// A bare "wounded" or "injured" tells an incident only when an armed side or a weapon did the wounding.
describe('wounding by an armed hand', () => {
  const typesOf = (text: string) => subTypesOf({ text, mentions: [['Zabul', zabul]] });

  it('keeps a bomber on a scooter who wounded a crowd', () => {
    expect(typesOf('A bomber on a scooter wounded 14 people near a pharmacy in Zabul.')).toEqual([
      'Suicide bomb',
    ]);
  });

  it('keeps stray bullets that wounded a boy', () => {
    expect(typesOf('Stray bullets wounded a boy near his school in Zabul.')).toEqual(['Attack']);
  });

  it('takes soldiers wounded by armed men for one side of a fight, as soldiers they attacked', () => {
    expect(typesOf('An army medic was wounded by suspected rebels at a checkpoint in Zabul.')).toEqual([
      'Armed clash',
    ]);
  });

  it.each([
    'He was wounded in the war in Zabul and now runs a bakery.',
    'Two militants wounded in Zabul last year were freed on Monday.',
    'The surgeon said the patient injured his knee in Zabul.',
    'A charity in Zabul helps wounded veterans find work.',
  ])('tells no incident for the wounded named, not wounded: %s', (text) => {
    expect(typesOf(text)).toEqual([]);
  });

  it('keeps a wounding by a person named after "by", with no arms told', () => {
    expect(typesOf('A shopkeeper was wounded by a young man outside his store in Zabul.')).toEqual([
      'Attack',
    ]);
  });

  it('keeps a wrecking a group claimed responsibility for', () => {
    expect(typesOf('Insurgents claimed responsibility for destroying a water tower in Zabul.')).toEqual([
      'Looting/property destruction',
    ]);
  });

  it.each([
    'The firm claimed credit for destroying the old sales record in Zabul.',
    'A lorry in Zabul was damaged by a man reversing a tractor.',
  ])('tells no incident for a boast or a wrecking by an unarmed hand: %s', (text) => {
    expect(typesOf(text)).toEqual([]);
  });
});

// A bare "shot" or "beat" is an assault only with an armed hand: its subject or agent, the armed opening its
// "and" joins, or a "when … by" clause of how someone fell; a director shoots a film, a team beats another.
// A person told as the one beaten is assaulted, a team is not.
describe('the bare "shot" and "beat"', () => {
  it.each([
    ['Raiders shot the ferryman near the weir on Monday.', ['Attack']],
    ['A masked man with a rifle shot two anglers near the weir.', ['Attack']],
    ['A hooded man shot the ferryman near the weir.', ['Attack']],
    ['A young man shot a video near the weir.', []],
    ['Gunmen stopped a lorry near the weir and shot the driver.', ['Attack']],
    ['The director shot the film near the weir last year.', []],
    ['Raiders stopped a lorry near the weir, and a tourist shot a photo.', []],
    [
      'A group of raiders came to the weir at night, dragged the ferryman from his hut and beat him.',
      ['Attack'],
    ],
    ['The ferryman was beaten by raiders near the weir.', ['Attack']],
    ['The home side beat the visitors near the weir.', []],
    ['A shopkeeper was badly beaten near the weir.', ['Attack']],
    ['A man in the lower town was beaten near the weir.', ['Attack']],
    ["The women's team was beaten near the weir.", []],
  ])('reads "%s" as %j', (text, types) => {
    expect(subTypesOf({ text })).toEqual(types);
  });

  it('keeps a shooting told by "when shot by", whoever shot', () => {
    expect(subTypesOf({ text: 'A ferryman fell into the river when shot by a stranger.' })).toEqual([
      'Attack',
    ]);
  });
});

// Any weak verb an armed side does, joined by "and" to the first verb of the sentence the side opens, has that
// side for its subject: a limb broken, a building wrecked after the raiders blindfolded or entered, also past
// a date the sentence opens on.
describe('a weak verb joined to an armed opening', () => {
  it.each([
    ['Raiders blindfolded and broke the arm of a ferryman near the weir.', ['Attack']],
    ['Raiders entered the mill near the weir and destroyed the pump.', ['Looting/property destruction']],
    ['Workers entered the mill near the weir and destroyed the old pump.', []],
  ])('reads "%s" as %j', (text, types) => {
    expect(subTypesOf({ text })).toEqual(types);
  });
});

describe('a weak verb joined to an armed opening after a date the sentence opens on', () => {
  const may3 = { value: '2001-05-03', precision: 'day', reason: 'explicit' } as const;
  it.each([
    ['On the night of 3 May 2001, raiders blindfolded and broke the arm of a ferryman.', ['Attack']],
    ['On the night of 3 May 2001, workers entered the mill and destroyed the old pump.', []],
  ])('reads "%s" as %j', (text, types) => {
    expect(subTypesOf({ text, times: [['3 May 2001', may3]] })).toEqual(types);
  });
});

// A side blamed for a deed is its hand; the blame is never read as the side's claim.
describe('a deed an armed side is blamed for', () => {
  const mentions: FixtureSpec['mentions'] = [
    ['Qarn Liberation Front', actorEntity('Qarn Liberation Front')],
    ['Zabul', zabul],
  ];

  it('keeps a town hall the blamed side destroyed, with no claim', () => {
    const text = 'Officials blame the Qarn Liberation Front for destroying the town hall in Zabul.';
    const events = resolvedEvents({ text, mentions });
    expect(events.map((e) => e.sub_event_type?.value)).toEqual(['Looting/property destruction']);
    expect(events[0].claimed_by ?? null).toBeNull();
  });

  it('drops a town hall a side bearing no arms is blamed for damaging', () => {
    const text = 'Officials blame a building firm for damaging the town hall in Zabul.';
    expect(subTypesOf({ text, mentions: [['Zabul', zabul]] })).toEqual([]);
  });
});

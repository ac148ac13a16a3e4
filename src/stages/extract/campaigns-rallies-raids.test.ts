import { describe, expect, it } from 'vitest';
import { resolvedEvents, subTypesOf } from '../../../test/support/resolved-events.js';
import { type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const konya = placeEntity('Konya', 'TR');
const ankara = placeEntity('Ankara', 'TR');
const idlib = placeEntity('Idlib', 'SY');
const multan = placeEntity('Multan', 'PK');

describe('security sweeps', () => {
  it('types a campaign aimed at a party’s members as arrests, each clause with its own town', () => {
    const events = resolvedEvents({
      text: 'اعتقلت الشرطة التركية 9 أشخاص في مدينة قونية، كما شنت حملات استهدفت عناصر الحزب في العاصمة أنقرة.',
      mentions: [
        ['قونية', konya],
        ['أنقرة', ankara],
      ],
    });
    expect(events.map((e) => `${e.sub_event_type!.value} ${e.location?.name}`)).toEqual([
      'Arrests Konya',
      'Arrests Ankara',
    ]);
  });

  it('types a raiding campaign launched by the police as arrests', () => {
    expect(
      subTypesOf({ text: 'شنت الشرطة حملة مداهمات في العاصمة أنقرة أمس.', mentions: [['أنقرة', ankara]] }),
    ).toEqual(['Arrests']);
  });
});

describe('killings told as an elimination', () => {
  it.each<[string, FixtureSpec]>([
    [
      'an English noun',
      { text: 'The army announced the elimination of 14 militants in Idlib.', mentions: [['Idlib', idlib]] },
    ],
    ['an Arabic noun', { text: 'أعلن الجيش تصفية 14 مسلحا في إدلب.', mentions: [['إدلب', idlib]] }],
  ])('finds a killing in %s', (_, spec) => {
    expect(subTypesOf(spec)).toHaveLength(1);
  });

  it('finds no incident in the liquidation of a firm', () => {
    expect(subTypesOf({ text: 'أعلنت المحكمة تصفية الشركة في إدلب.', mentions: [['إدلب', idlib]] })).toEqual(
      [],
    );
  });

  it('keeps two eliminations told in one sentence apart', () => {
    const events = resolvedEvents({
      text: 'قتلت القوات 5 مسلحين في مدينة قونية الاثنين، بعد أن تمكنت قبلها بيومين من تصفية 7 مسلحين آخرين في العاصمة أنقرة.',
      mentions: [
        ['قونية', konya],
        ['أنقرة', ankara],
      ],
    });
    expect(events.map((e) => e.location?.name)).toEqual(['Konya', 'Ankara']);
  });
});

describe('a counter-terrorism body by its name', () => {
  it('keeps the raid of a counter-terrorism force', () => {
    expect(
      subTypesOf({
        text: 'أعلنت قوات مكافحة الإرهاب أنها قتلت 5 مسلحين في إدلب أمس.',
        mentions: [['إدلب', idlib]],
      }),
    ).toHaveLength(1);
  });
});

describe('raids and stormings told in the passive', () => {
  it.each([
    ['stormed', 'Two villages near Idlib were stormed by armed fighters on Sunday.'],
    ['raided', 'A school in Idlib was raided by militiamen on Sunday.'],
  ])('finds an attack on ground %s by an armed side', (_, text) => {
    expect(subTypesOf({ text, mentions: [['Idlib', idlib]] })).toEqual(['Attack']);
  });
});

describe('rallies', () => {
  it.each([
    ['a leader addressing a rally', 'The prime minister addressed a huge rally in Multan on Sunday.'],
    ['an election rally', 'Speaking at an election rally in Multan on Sunday, he praised the army.'],
  ])('finds no protest in %s', (_, text) => {
    expect(subTypesOf({ text, mentions: [['Multan', multan]] })).toEqual([]);
  });

  it('keeps supporters rallying against a tax as a protest', () => {
    expect(
      subTypesOf({
        text: 'Thousands of traders rallied in Multan on Sunday against the new tax.',
        mentions: [['Multan', multan]],
      }),
    ).toEqual(['Peaceful protest']);
  });

  it('keeps a protest rally a leader addressed', () => {
    expect(
      subTypesOf({
        text: 'The opposition leader addressed a protest rally in Multan against the new tax.',
        mentions: [
          ['Multan', multan],
          ['opposition', actorEntity('Opposition', 'party')],
        ],
      }),
    ).toEqual(['Peaceful protest']);
  });
});

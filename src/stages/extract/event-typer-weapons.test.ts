import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';
import { killed } from './fixture-actors.js';

const kirkuk: FixtureSpec['mentions'] = [['Kirkuk', placeEntity('Kirkuk', 'IQ')]];

describe('weapons that are not the weapon of the act', () => {
  it.each<[string, string, string]>([
    [
      'a suicide bomber who kills is still a suicide bombing',
      'A suicide bomber killed 12 soldiers in Kirkuk on Tuesday.',
      'Suicide bomb',
    ],
    [
      'a killing carried out by suicide bombers is still a suicide bombing',
      'The massacre carried out by suicide bombers in Kirkuk on Tuesday killed 30 people.',
      'Suicide bomb',
    ],
    [
      'a gas field attacked is a target, not a poison gas',
      'Gunmen stormed a natural gas field near Kirkuk on Tuesday, killing nine guards.',
      'Attack',
    ],
    [
      'an oil and gas plant shelled is no chemical attack',
      'Rebels fired mortars at an oil and gas plant in Kirkuk on Tuesday.',
      'Shelling/artillery/missile attack',
    ],
    [
      'a bomb that cut the supply of gas is a bomb',
      'A bomb tore through a pipeline near Kirkuk on Tuesday, cutting the supply of gas to homes for days.',
      'Remote explosive/landmine/IED',
    ],
    [
      'shells that carried gas are still a chemical attack',
      'Militants fired shells filled with gas at a district of Kirkuk on Tuesday, killing four people.',
      'Chemical weapon',
    ],
    [
      'passengers killed aboard an aircraft were not killed by it',
      'Gunmen killed two passengers aboard the aircraft in Kirkuk on Tuesday.',
      'Attack',
    ],
  ])('%s', (_, text, sub) => {
    expect(firstSubType({ text, mentions: kirkuk })).toBe(sub);
  });

  it.each<[string, string, string]>([
    [
      'an offensive backed by aircraft is the ground forces’ own',
      'وشنت قوات الجيش بإسناد من مقاتلات التحالف هجوما كبيرا على مواقع جبهة الريف في كركوك صباح الثلاثاء.',
      'Armed clash',
    ],
    [
      'an offensive the aircraft made is an air raid',
      'وشنت مقاتلات التحالف هجوما كبيرا على مواقع جبهة الريف في كركوك صباح الثلاثاء.',
      'Air/drone strike',
    ],
  ])('%s', (_, text, sub) => {
    const mentions: FixtureSpec['mentions'] = [
      ['جبهة الريف', actorEntity('Rif Front')],
      ['كركوك', placeEntity('Kirkuk', 'IQ')],
    ];
    expect(firstSubType({ text, mentions })).toBe(sub);
  });

  it.each<[string, string, string]>([
    [
      'a village whose name reads "toxic" is no poison gas',
      'وقتل القيادي داخل سيارة فجرت في قرية سام قرب كركوك يوم الثلاثاء.',
      'Remote explosive/landmine/IED',
    ],
    [
      'while a toxic gas is',
      'وقتل خمسة أشخاص اختناقا بغاز سام أطلقته قذائف على قرية قرب كركوك يوم الثلاثاء.',
      'Chemical weapon',
    ],
    [
      'clashes that disabled tanks with guided anti-tank missiles stay clashes',
      'وأسفرت الاشتباكات في كركوك عن إعطاب ثلاث دبابات للجيش بواسطة صواريخ التاو ومقتل سبعة جنود.',
      'Armed clash',
    ],
    [
      'and in English',
      'Heavy clashes in Kirkuk left three army tanks destroyed by TOW missiles on Tuesday.',
      'Armed clash',
    ],
    [
      'while clashes told with rockets fired at the town are a shelling',
      'وأسفرت الاشتباكات في كركوك عن سقوط عشرات الصواريخ على الأحياء السكنية ومقتل سبعة مدنيين.',
      'Shelling/artillery/missile attack',
    ],
  ])('%s', (_, text, sub) => {
    const mentions: FixtureSpec['mentions'] = [
      ['كركوك', placeEntity('Kirkuk', 'IQ')],
      ['Kirkuk', placeEntity('Kirkuk', 'IQ')],
    ];
    expect(firstSubType({ text, mentions: mentions.filter(([name]) => text.includes(name)) })).toBe(sub);
  });

  it('takes no aircraft from a radio station whose initials spell "air": a petrol bombing stays one', () => {
    const text = 'two men hurled petrol bombs at the all city radio (air) premises in Kirkuk on Tuesday.';
    expect(firstSubType({ text, mentions: kirkuk })).toBe('Remote explosive/landmine/IED');
  });
});

describe('bombardment verbs', () => {
  const idlib: FixtureSpec['mentions'] = [['Idlib', placeEntity('Idlib', 'SY')]];
  it.each<[string, string, string | undefined]>([
    [
      'artillery pounding a town shells it',
      'Government artillery pounded rebel positions in Idlib on Tuesday.',
      'Shelling/artillery/missile attack',
    ],
    [
      'jets pounding a town strike it from the air',
      'Syrian Jets Pounds Rebel Positions in Idlib',
      'Air/drone strike',
    ],
    ['rain pounding a town is no attack', 'Heavy rain pounded Idlib on Tuesday.', undefined],
    [
      'strafing is gunfire from aircraft',
      'Helicopters strafed a village near Idlib on Monday.',
      'Air/drone strike',
    ],
    [
      'a town bombed with an atomic bomb was struck from the air',
      'قصفت الولايات المتحدة مدينة إدلب بقنبلة نووية يوم الثلاثاء.',
      'Air/drone strike',
    ],
    [
      'an attack told as a rocket attack («هجوم صاروخي») is a missile attack',
      'قتل عقيد في الجيش السوري يوم الثلاثاء في هجوم صاروخي استهدف سيارته قرب إدلب.',
      'Shelling/artillery/missile attack',
    ],
    [
      'and so in the accusative («هجوما صاروخيا»)',
      'وشن مسلحون هجوما صاروخيا على ثكنة للجيش في إدلب مساء الثلاثاء.',
      'Shelling/artillery/missile attack',
    ],
  ])('%s', (_, text, sub) => {
    const mentions: FixtureSpec['mentions'] = text.includes('إدلب')
      ? [['إدلب', placeEntity('Idlib', 'SY')]]
      : idlib;
    expect(firstSubType({ text, mentions })).toBe(sub);
  });
});

describe('rioting between communities', () => {
  it('types communal clashes as mobs fighting each other', () => {
    expect(
      firstSubType({
        text: 'Communal clashes broke out in the old quarter of Kirkuk on Sunday.',
        mentions: kirkuk,
      }),
    ).toBe('Mob violence');
  });
});

describe("a state force's assault", () => {
  const oasis: FixtureSpec['mentions'] = [['الواحة', placeEntity('Oasis', 'YE')]];

  it('that harms no one the text names is a battle against armed men', () => {
    const text = 'وسقط المعسكر في أيدي المهاجمين بعد هجوم شنته قوات الجيش فجر الأحد قرب الواحة.';
    expect(firstSubType({ text, mentions: oasis })).toBe('Armed clash');
  });

  it('that killed people it names stays an attack on them', () => {
    const text = 'وقتل خمسة أشخاص في هجوم شنته قوات الجيش فجر الأحد على سوق الواحة.';
    expect(firstSubType({ text, mentions: oasis, quantities: [['خمسة', killed(5, 'people')]] })).toBe(
      'Attack',
    );
  });
});

describe('property wrecked with a device', () => {
  it.each<[string, string, string]>([
    [
      'a mast brought down with explosives is an explosive attack',
      'Rebels wrecked a relay mast with explosives near Kirkuk on Tuesday.',
      'Remote explosive/landmine/IED',
    ],
    [
      'a mast wrecked with no device named stays property destruction',
      'Rebels wrecked a relay mast near Kirkuk on Tuesday.',
      'Looting/property destruction',
    ],
    [
      'explosives loaded long after the looting are not its instrument',
      'Rebels looted two trucks from an army depot near Kirkuk last month and packed them with explosives.',
      'Looting/property destruction',
    ],
  ])('%s', (_, text, sub) => {
    expect(firstSubType({ text, mentions: kirkuk })).toBe(sub);
  });
});

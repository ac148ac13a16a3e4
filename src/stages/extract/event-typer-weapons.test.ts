import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

function typeOf(spec: FixtureSpec): string | undefined {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return doc.events![0]?.sub_event_type?.value;
}

const kirkuk: FixtureSpec['mentions'] = [['Kirkuk', placeEntity('Kirkuk', 'IQ')]];

describe('weapons that are not the weapon of the act', () => {
  it.each<[string, string, string]>([
    [
      'suicide bombers among the militants an army killed do not make a suicide bombing',
      'The army killed 40 militants including the suicide bombers in Kirkuk on Tuesday.',
      'Armed clash',
    ],
    [
      'a suicide bomber shot dead before he struck is a disrupted weapons use',
      'Police shot dead a suicide bomber in Kirkuk on Tuesday before he could reach the market.',
      'Disrupted weapons use',
    ],
    [
      'a suicide bomber killed in the passive, with no blast, did not strike either',
      'A suicide bomber was shot dead at a checkpoint in Kirkuk on Tuesday.',
      'Disrupted weapons use',
    ],
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
      'A bomb exploded on a pipeline near Kirkuk on Tuesday, cutting off the supply of gas to the city.',
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
    expect(typeOf({ text, mentions: kirkuk })).toBe(sub);
  });

  it('takes no aircraft from a radio station whose initials spell "air": a petrol bombing stays one', () => {
    const text = 'two men hurled petrol bombs at the all city radio (air) premises in Kirkuk on Tuesday.';
    expect(typeOf({ text, mentions: kirkuk })).toBe('Remote explosive/landmine/IED');
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
  ])('%s', (_, text, sub) => {
    const mentions: FixtureSpec['mentions'] = text.includes('إدلب')
      ? [['إدلب', placeEntity('Idlib', 'SY')]]
      : idlib;
    expect(typeOf({ text, mentions })).toBe(sub);
  });
});

describe('the toll of a weapon use stopped', () => {
  it('counts the bomber shot dead before he struck', () => {
    const doc = fixtureDocument({
      text: 'Police shot dead a suicide bomber in Kirkuk on Tuesday.',
      mentions: kirkuk,
    });
    extract.run(doc, { referenceDate: null });
    expect(doc.events!.map((e) => [e.sub_event_type?.value, e.fatalities?.value])).toEqual([
      ['Disrupted weapons use', 1],
    ]);
  });
});

describe('armed men killed by a side the text does not name', () => {
  it.each([
    ['أعلن مصدر أمني تصفية خمسة مسلحين في عملية خاصة في كركوك اليوم.', 'كركوك'],
    [
      'An official announced the elimination of five militants in a special operation in Kirkuk on Tuesday.',
      'Kirkuk',
    ],
  ])('fell in a fight, not as civilians do: %s', (text, town) => {
    expect(typeOf({ text, published: '2015-07-21', mentions: [[town, placeEntity('Kirkuk', 'IQ')]] })).toBe(
      'Armed clash',
    );
  });
});

describe('armed men a force killed', () => {
  it.each<[string, string, string]>([
    [
      'militants told killed in attacks by troops fell in a fight',
      'Nine militants were killed on Friday in attacks by Iraqi troops near Kirkuk.',
      'Armed clash',
    ],
    [
      'villagers told killed in attacks by troops were attacked',
      'Nine villagers were killed on Friday in attacks by Iraqi troops near Kirkuk.',
      'Attack',
    ],
  ])('%s', (_, text, sub) => {
    expect(typeOf({ text, mentions: kirkuk })).toBe(sub);
  });
});

describe('rioting between communities', () => {
  it('types communal clashes as mobs fighting each other', () => {
    expect(
      typeOf({
        text: 'Communal clashes broke out in the old quarter of Kirkuk on Sunday.',
        mentions: kirkuk,
      }),
    ).toBe('Mob violence');
  });
});

import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

describe('the weapon that types a violent act', () => {
  it.each<[string, FixtureSpec, string]>([
    [
      'explosive rounds fired are shells, not a planted bomb',
      {
        text: 'Soldiers fired explosive rounds into the village of Nawa near Daraa on Friday.',
        mentions: [['Daraa', placeEntity('Daraa', 'SY')]],
      },
      'Shelling/artillery/missile attack',
    ],
    [
      'a car bomb stays a bomb when mortars are named in the clause',
      {
        text: 'A car bomb exploded near a mortar position in Damascus.',
        mentions: [['Damascus', placeEntity('Damascus', 'SY')]],
      },
      'Remote explosive/landmine/IED',
    ],
    [
      'mortar rounds with a count between the words are shelling',
      {
        text: 'قتل 11 مدنيا جراء سقوط قذائف هاون على سوق في بلدة العظيم.',
        mentions: [['العظيم', placeEntity('Al-Adhaim', 'IQ')]],
        quantities: [['11 مدنيا', { value: 11, qualifier: 'exact', role: 'killed' }]],
      },
      'Shelling/artillery/missile attack',
    ],
    [
      'an attack that opens with a car bomb and goes on with rocket fire is a bomb attack',
      {
        text: 'A car bomb went off in Homs and rocket fire followed, killing 12 people.',
        mentions: [['Homs', placeEntity('Homs', 'SY')]],
        quantities: [['12 people', { value: 12, qualifier: 'exact', role: 'killed' }]],
      },
      'Remote explosive/landmine/IED',
    ],
    [
      'a suicide bomber decides the type whatever weapon comes first',
      {
        text: 'Mortar fire hit the market in Homs before a suicide bomber blew himself up.',
        mentions: [['Homs', placeEntity('Homs', 'SY')]],
      },
      'Suicide bomb',
    ],
    [
      'a suicide car bomber who crashes into a post is a suicide bomb',
      {
        text: 'A suicide car bomber crashed his vehicle into a checkpoint in Homs.',
        mentions: [['Homs', placeEntity('Homs', 'SY')]],
      },
      'Suicide bomb',
    ],
    [
      'a rocket fired at a town is shelling',
      {
        text: 'Militants fired a Grad rocket at Sderot on Friday.',
        mentions: [['Sderot', placeEntity('Sderot', 'IL')]],
      },
      'Shelling/artillery/missile attack',
    ],
    [
      'an explosive thrown at a house is a bomb attack',
      {
        text: 'Two men threw an explosive at a house in Lima.',
        mentions: [['Lima', placeEntity('Lima', 'PE')]],
      },
      'Remote explosive/landmine/IED',
    ],
    [
      'an attack opened by two car bombs stays a bomb attack when a gunfight with shells follows',
      {
        text: 'وقال مصدر أمني إن هجوما بسيارتين مفخختين تبعته اشتباكات بالقذائف استهدف نقطة عسكرية في مأرب.',
        mentions: [['مأرب', placeEntity('Marib', 'YE')]],
      },
      'Remote explosive/landmine/IED',
    ],
    [
      'a soldier killed by a projectile fired across the border is shelled, not fought',
      {
        text: 'قتل جندي على الحدود نتيجة إطلاق المسلحين مقذوفا عسكريا على موقعه قرب نجران.',
        mentions: [['نجران', placeEntity('Najran', 'SA')]],
      },
      'Shelling/artillery/missile attack',
    ],
    [
      'a soldier hit by a projectile is shelled',
      {
        text: 'وأصيب جندي بمقذوف قادم من خلف الحدود في جازان.',
        mentions: [['جازان', placeEntity('Jizan', 'SA')]],
      },
      'Shelling/artillery/missile attack',
    ],
    [
      'a vacuum bomb dropped from the air is an air strike, not a planted bomb',
      {
        text: 'The village of Kafranbel was struck on Friday by a vacuum bomb aerially dropped by the regime.',
        mentions: [['Kafranbel', placeEntity('Kafranbel', 'SY')]],
      },
      'Air/drone strike',
    ],
  ])('%s', (_, spec, expected) => {
    expect(firstSubType(spec)).toBe(expected);
  });
});

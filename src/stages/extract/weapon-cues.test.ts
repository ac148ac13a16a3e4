import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

describe('the weapon cues a frame may read', () => {
  it.each<[string, FixtureSpec, string]>([
    [
      "forces backed by jets shell with their own guns: the backer's planes are not the weapon",
      {
        text: 'Government forces backed by Russian jets shelled Hama on Monday.',
        mentions: [['Hama', placeEntity('Hama', 'SY')]],
      },
      'Shelling/artillery/missile attack',
    ],
    [
      'a bomb told while an air campaign goes on stays a bomb, not an air strike',
      {
        text: 'قتل ثلاثة جنود بانفجار قنبلة في شمال البلاد، في وقت يتواصل القصف الجوي على معاقل المسلحين.',
      },
      'Remote explosive/landmine/IED',
    ],
    [
      'warplanes told as the doer make an air strike whatever they fired',
      {
        text: 'قالت مصادر إن طائرات حربية قصفت بالصواريخ مواقع للمسلحين في مدينة عدن.',
        mentions: [['عدن', placeEntity('Aden', 'YE')]],
      },
      'Air/drone strike',
    ],
    [
      'an aircraft shot at with mortars is the target: the mortars make a shelling',
      {
        text: 'Rebels attacked a helicopter with mortars near Marib.',
        mentions: [['Marib', placeEntity('Marib', 'YE')]],
      },
      'Shelling/artillery/missile attack',
    ],
    [
      'a stabbing told beside teargas shells stays a stabbing',
      {
        text: 'A trader was knifed dead in Rajkot while police lobbed teargas shells to scatter a crowd.',
        mentions: [['Rajkot', placeEntity('Rajkot', 'IN')]],
      },
      'Attack',
    ],
  ])('%s', (_, spec, expected) => {
    expect(firstSubType(spec)).toBe(expected);
  });
});

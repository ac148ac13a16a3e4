import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const qaeda = actorEntity('Al Qaeda');
const hts = actorEntity('Hayat Tahrir al-Sham');

describe('a parent named only to describe the side before it', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes the side the fighters serve for the doer when its parent is told without commas',
      {
        text: 'Fighters for Hayat Tahrir al-Sham the Levant branch of al-Qaeda shelled the hamlet of Tell Hamra, killing three civilians.',
        mentions: [
          ['Hayat Tahrir al-Sham', hts],
          ['al-Qaeda', qaeda],
          ['Tell Hamra', placeEntity('Tell Hamra', 'SY')],
        ],
        quantities: [['three', killed(3, 'civilians')]],
      },
      ['Hayat Tahrir al-Sham', 'Civilians'],
    ],
    [
      'does not take the parent for the foe of its own offshoot',
      {
        text: 'Hayat Tahrir al-Sham, the Levant branch of al-Qaeda, stormed the hamlet of Tell Hamra on Friday.',
        mentions: [
          ['Hayat Tahrir al-Sham', hts],
          ['al-Qaeda', qaeda],
          ['Tell Hamra', placeEntity('Tell Hamra', 'SY')],
        ],
      },
      ['Hayat Tahrir al-Sham', undefined],
    ],
    [
      'reads the ruling party a militia is the youth league of as no side of its beating',
      {
        text: 'Members of the Imbonerakure, the youth league of the ruling CNDD-FDD, attacked two teachers in Mwaro.',
        mentions: [
          ['Imbonerakure', actorEntity('Imbonerakure')],
          ['CNDD-FDD', actorEntity('CNDD-FDD')],
          ['Mwaro', placeEntity('Mwaro', 'BI')],
        ],
      },
      ['Imbonerakure', 'Civilians'],
    ],
    [
      'reads «فرع» before a parent in Arabic too',
      {
        text: 'هاجمت هيئة تحرير الشام فرع تنظيم القاعدة بلدة تل حمرة يوم الجمعة.',
        language: 'ar',
        mentions: [
          ['هيئة تحرير الشام', hts],
          ['تنظيم القاعدة', qaeda],
          ['تل حمرة', placeEntity('Tell Hamra', 'SY')],
        ],
      },
      ['Hayat Tahrir al-Sham', undefined],
    ],
    [
      'keeps the offshoot named right after its parent\'s "affiliate" for the doer',
      {
        text: 'Al-Qaedas Syrian affiliate Hayat Tahrir al-Sham shelled the hamlet of Tell Hamra, killing three civilians.',
        mentions: [
          ['Al-Qaeda', qaeda],
          ['Hayat Tahrir al-Sham', hts],
          ['Tell Hamra', placeEntity('Tell Hamra', 'SY')],
        ],
        quantities: [['three', killed(3, 'civilians')]],
      },
      ['Hayat Tahrir al-Sham', 'Civilians'],
    ],
    [
      "keeps a second side that is no offshoot's parent for the target",
      {
        text: 'Hayat Tahrir al-Sham attacked positions of al-Qaeda near the hamlet of Tell Hamra.',
        mentions: [
          ['Hayat Tahrir al-Sham', hts],
          ['al-Qaeda', qaeda],
          ['Tell Hamra', placeEntity('Tell Hamra', 'SY')],
        ],
      },
      ['Hayat Tahrir al-Sham', 'Al Qaeda'],
    ],
  ])('%s', (_name, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });
});

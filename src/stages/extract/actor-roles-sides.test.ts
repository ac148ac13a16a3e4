import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';

const syria = placeEntity('Homs', 'SY');
const ARABIC_MEMBERS = 'قتل ستة من عناصر "أنصار بيت المقدس" في قصف جوي جنوبي الشيخ زويد.';

describe('whose weapon, whose words, who joined whom', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes the side before the weapon for the one that used it, past a time told with "on"',
      {
        text: 'Nineteen people were killed on Sunday in Syrian government shelling of a rebel-held town near Homs.',
        mentions: [
          ['Syrian', demonymEntity('Syria', 'SY')],
          ['Homs', syria],
        ],
        quantities: [['Nineteen', killed(19, 'people')]],
      },
      ['Military Forces of Syria', undefined],
    ],
    [
      "takes a foreign country's name before its air strikes for its forces",
      {
        text: 'US air strikes on the stronghold near Raqqa killed 22 people on Tuesday.',
        mentions: [
          ['US', placeEntity('United States', 'US', 'country')],
          ['Raqqa', placeEntity('Raqqa', 'SY')],
        ],
        quantities: [['22', killed(22, 'people')]],
      },
      ['Military Forces of the United States', undefined],
    ],
    [
      'does not take the army a spokesman speaks for as the one that shelled',
      {
        text: 'قال المتحدث باسم الجيش الأوكراني إن المتمردين قصفوا بلدة أفدييفكا.',
        language: 'ar',
        mentions: [
          ['الأوكراني', demonymEntity('Ukraine', 'UA')],
          ['أفدييفكا', placeEntity('Avdiivka', 'UA')],
        ],
      },
      [undefined, undefined],
    ],
    [
      'does not take a government blamed for failing to keep order for the killers',
      {
        text: 'The state government had utterly failed to control law and order during the killings in Godhra.',
        mentions: [['Godhra', placeEntity('Godhra', 'IN')]],
      },
      [undefined, undefined],
    ],
    [
      'takes the soldiers after "killed by" for the killers, not the killed',
      {
        text: 'A young man was killed by soldiers in Kirkuk on Friday.',
        mentions: [['Kirkuk', placeEntity('Kirkuk', 'IQ')]],
        quantities: [['A young man', killed(1, 'man')]],
      },
      ['Military Forces of Iraq', undefined],
    ],
    [
      'takes the group whose members were counted dead for the target, past a quote mark',
      {
        text: ARABIC_MEMBERS,
        language: 'ar',
        mentions: [
          ['أنصار بيت المقدس', actorEntity('Islamic State Sinai Province', 'armed-group', 'EG')],
          ['الشيخ زويد', placeEntity('Sheikh Zuweid', 'EG')],
        ],
        quantities: [
          [
            'ستة',
            { ...killed(6, 'members'), nounSpan: [0, ARABIC_MEMBERS.indexOf('عناصر') + 'عناصر'.length] },
          ],
        ],
      },
      [undefined, 'Islamic State Sinai Province'],
    ],
    [
      'takes the side after a verb of destroying for the one struck, not the one striking',
      {
        text: 'A unit of the Syrian armed forces destroyed two dens for ISIL terrorists near Homs, killing several.',
        mentions: [
          ['Syrian armed forces', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
          ['ISIL', actorEntity('Islamic State')],
          ['Homs', syria],
        ],
      },
      ['Military Forces of Syria', 'Islamic State'],
    ],
    [
      'takes the first named of two sides that struck together',
      {
        text: 'Assad regime and Russian air forces carried out airstrikes on western Aleppo, killing nine civilians.',
        mentions: [
          ['Assad regime', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
          ['Russian air forces', actorEntity('Military Forces of Russia', 'state-forces', 'RU')],
          ['Aleppo', placeEntity('Aleppo', 'SY')],
        ],
        quantities: [['nine', killed(9, 'civilians')]],
      },
      ['Military Forces of Syria', 'Civilians'],
    ],
    [
      'leaves the perpetrator empty when a nationality is offered as the rival of a named force',
      {
        text: 'The convoy was hit by Syrian or Russian warplanes near Aleppo.',
        mentions: [
          ['Syrian', demonymEntity('Syria', 'SY')],
          ['Russian warplanes', actorEntity('Military Forces of Russia', 'state-forces', 'RU')],
          ['Aleppo', placeEntity('Aleppo', 'SY')],
        ],
      },
      [undefined, undefined],
    ],
  ])('%s', (_name, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const UNNAMED = actorEntity('Unidentified Armed Group', 'group');

describe('armed men named by no side', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'makes insurgents who killed policemen the unidentified armed group of the country',
      {
        text: 'Insurgents killed five soldiers at a checkpoint in Ghazni on Monday.',
        mentions: [
          ['Insurgents', UNNAMED],
          ['Ghazni', placeEntity('Ghazni', 'AF')],
        ],
        quantities: [['five soldiers', killed(5, 'soldiers')]],
      },
      ['Unidentified Armed Group (Afghanistan)', 'Military Forces of Afghanistan'],
    ],
    [
      'takes gunmen after "by" of a passive attack for the perpetrator',
      {
        text: 'A police post near Turbat was attacked by gunmen late on Sunday.',
        mentions: [
          ['gunmen', UNNAMED],
          ['Turbat', placeEntity('Turbat', 'PK')],
        ],
      },
      ['Unidentified Armed Group (Pakistan)', 'Police Forces of Pakistan'],
    ],
    [
      'takes gunmen that open the words of the act ("Gunmen fired") for the perpetrator',
      {
        text: 'Gunmen fired on a police station in Sirnak, wounding two officers.',
        mentions: [
          ['Gunmen', UNNAMED],
          ['Sirnak', placeEntity('Sirnak', 'TR')],
        ],
      },
      ['Unidentified Armed Group (Turkey)', 'Police Forces of Turkey'],
    ],
    [
      'reads "terrorist groups", many groups, as unidentified',
      {
        text: 'Terrorist groups fired three rockets at a market in Homs on Sunday.',
        mentions: [['Homs', placeEntity('Homs', 'SY')]],
      },
      ['Unidentified Armed Group (Syria)', 'Civilians'],
    ],
    [
      'reads "unidentified individuals", a phrase the knowledge base has no entry for',
      {
        text: 'Unidentified individuals threw a grenade at a bus in Tocache on Friday.',
        mentions: [['Tocache', placeEntity('Tocache', 'PE')]],
      },
      ['Unidentified Armed Group (Peru)', 'Civilians'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });

  it.each<[string, FixtureSpec]>([
    [
      'leaves out the terrorists a passive tells were killed',
      {
        text: 'Three more terrorists, one of them a Chechen, were killed in an ambush near Palmyra on Tuesday.',
        mentions: [['Palmyra', placeEntity('Palmyra', 'SY')]],
      },
    ],
    [
      'leaves out the terrorists a headline counts among the dead',
      {
        text: 'Senior Emir 21 Terrorists Killed in Clashes East Palmyra.',
        mentions: [['Palmyra', placeEntity('Palmyra', 'SY')]],
        // The count is the number, its noun the word after it, as the quantity reader gives them.
        quantities: [['21', { ...killed(21, 'Terrorists'), nounSpan: [15, 25] }]],
      },
    ],
    [
      'leaves out "the terrorist group", a name for a group the story told before',
      {
        text: 'The terrorist group executed 20 villagers near Palmyra on Tuesday.',
        mentions: [['Palmyra', placeEntity('Palmyra', 'SY')]],
        quantities: [['20 villagers', killed(20, 'villagers')]],
      },
    ],
    [
      'leaves out the terrorists whose positions a passive tells were hit',
      {
        text: 'Artillery positions belonging to Takfiri terrorists were also destroyed near Tadmur.',
        mentions: [['Tadmur', placeEntity('Tadmur', 'SY')]],
      },
    ],
  ])('%s', (_, spec) => {
    expect(actorsOf(spec)[0]).toBeUndefined();
  });

  it('names the group by the country of the article when the clause places nothing', () => {
    const spec: FixtureSpec = {
      text: 'Troops were sent to Mardin on Monday. Overnight, armed men fired at a dam, wounding a guard.',
      mentions: [
        ['Mardin', placeEntity('Mardin', 'TR')],
        ['armed men', UNNAMED],
      ],
    };
    expect(actorsOf(spec, -1)[0]).toBe('Unidentified Armed Group (Turkey)');
  });
});

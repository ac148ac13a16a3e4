import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { placeEntity } from './fixture-entities.js';

describe('the troops of a coalition or an alliance', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'reads coalition troops in Iraq as the coalition at war there, not the Iraqi army',
      {
        text: 'Coalition troops killed three civilians during a raid in Baiji on Monday.',
        mentions: [['Baiji', placeEntity('Baiji', 'IQ')]],
        quantities: [['three civilians', killed(3, 'civilians')]],
      },
      ['US-led Coalition', 'Civilians'],
    ],
    [
      "leaves alliance troops no one's army where the words do not tell which alliance",
      {
        text: 'Alliance troops killed three civilians during a raid in Kunar on Monday.',
        mentions: [['Kunar', placeEntity('Kunar', 'AF', 'region')]],
        quantities: [['three civilians', killed(3, 'civilians')]],
      },
      [undefined, 'Civilians'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });
});

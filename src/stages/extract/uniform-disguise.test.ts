import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const kunduz = placeEntity('Kunduz', 'AF');

describe('a force named as a uniform worn or a disguise taken', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'is not the gunmen who wore it',
      {
        text: 'Gunmen wearing police uniforms shot dead five traders in Kunduz on Monday.',
        mentions: [['Kunduz', kunduz]],
        quantities: [['five traders', killed(5, 'traders')]],
      },
      [undefined, 'Civilians'],
    ],
    [
      'is not the gunmen who wore it, however the uniform is qualified',
      {
        text: 'Gunmen dressed in stolen army uniforms shot dead five traders in Kunduz on Monday.',
        mentions: [['Kunduz', kunduz]],
        quantities: [['five traders', killed(5, 'traders')]],
      },
      [undefined, 'Civilians'],
    ],
    [
      'is not the militants who passed for it',
      {
        text: 'Militants disguised as soldiers shot dead five traders in Kunduz on Monday.',
        mentions: [['Kunduz', kunduz]],
        quantities: [['five traders', killed(5, 'traders')]],
      },
      [undefined, 'Civilians'],
    ],
    [
      'is not the gunmen who wore it, in Arabic',
      {
        text: 'قتل مسلحون يرتدون زيا عسكريا خمسة قرويين في قندوز.',
        mentions: [['قندوز', kunduz]],
        quantities: [['خمسة قرويين', killed(5, 'villagers')]],
      },
      [undefined, 'Civilians'],
    ],
  ])('%s', (_why, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });

  it('leaves the force that acts in its own uniform', () => {
    const spec: FixtureSpec = {
      text: 'Soldiers in full combat gear shot dead five gunmen in Kunduz on Monday.',
      mentions: [['Kunduz', kunduz]],
      quantities: [['five gunmen', killed(5, 'gunmen')]],
    };
    expect(actorsOf(spec)[0]).toBe('Military Forces of Afghanistan');
  });

  it('makes no battle of a killing by men in its uniform', () => {
    const spec: FixtureSpec = {
      text: 'قتل مسلحون يرتدون زي الشرطة خمسة قرويين في قندوز.',
      mentions: [['قندوز', kunduz]],
      quantities: [['خمسة قرويين', killed(5, 'villagers')]],
    };
    expect(firstSubType(spec)).toBe('Attack');
  });
});

import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const killed = (value: number) => ({ value, qualifier: 'exact' as const, role: 'killed' as const });

describe('the outbreak of violence over a whole state', () => {
  it.each<[string, FixtureSpec]>([
    [
      'the outbreak of violence over a whole state',
      {
        text: 'Ahmedabad: relief reached the camps four days after violence broke out in the state.',
        mentions: [['Ahmedabad', placeEntity('Ahmedabad', 'IN')]],
      },
    ],
    [
      'the outbreak of trouble over a named state, whatever its day',
      {
        text: 'Ahmedabad: relief came late although trouble erupted in Gujarat on Wednesday.',
        mentions: [
          ['Ahmedabad', placeEntity('Ahmedabad', 'IN')],
          ['Gujarat', placeEntity('Gujarat', 'IN', 'region')],
        ],
        times: [['on Wednesday', { value: '2002-02-27', precision: 'day', reason: 'fixture' }]],
      },
    ],
  ])('gives no event for %s', (_, spec) => {
    expect(subTypesOf(spec)).toEqual([]);
  });

  it('keeps the outbreak of violence in a town, and one over a state that kills', () => {
    const town = 'Ahmedabad: violence broke out in the walled city after a mob torched shops.';
    expect(subTypesOf({ text: town, mentions: [['Ahmedabad', placeEntity('Ahmedabad', 'IN')]] })).toEqual([
      'Mob violence',
    ]);
    const state = 'Violence broke out in Gujarat, killing 12 people.';
    expect(
      subTypesOf({
        text: state,
        mentions: [['Gujarat', placeEntity('Gujarat', 'IN', 'region')]],
        quantities: [['12 people', killed(12)]],
      }),
    ).toHaveLength(1);
  });
});

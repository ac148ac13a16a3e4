import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const patna = placeEntity('Patna', 'IN');

describe('riots told as a wave of many days', () => {
  it.each<[string, FixtureSpec]>([
    [
      'riots counted by the days they went on',
      {
        text: 'patna: "for the four days of riots, shops lost rs 20 crore", an official said.',
        mentions: [['patna', patna]],
      },
    ],
    [
      'trade told as hit by the riots',
      {
        text: 'patna: "trade has been badly hurt, and industry too has been hit by the riots", the minister said.',
        mentions: [['patna', patna]],
      },
    ],
  ])('gives no event for %s', (_, spec) => {
    expect(subTypesOf(spec)).toEqual([]);
  });

  it('keeps a day of rioting with a toll of its own', () => {
    const spec = {
      text: 'patna: on the fourth day of riots, a mob killed three men in the old city.',
      mentions: [['patna', patna]],
      quantities: [['three men', { value: 3, qualifier: 'exact', role: 'killed' }]],
    } satisfies FixtureSpec;
    expect(subTypesOf(spec)).toEqual(['Mob violence']);
  });
});

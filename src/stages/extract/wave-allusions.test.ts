import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const patna = placeEntity('Patna', 'IN');

describe('riots told as a wave, not one riot', () => {
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
    [
      'riots a government is said to have brought under control',
      {
        text: 'In Patna the minister defended his cabinet. "The state government contained the riots in under 3 days," he said.',
        mentions: [['Patna', placeEntity('Patna', 'IN')]],
      },
    ],
    [
      'riots the army was called out to control',
      {
        text: 'Ahmedabad: asked about delay in calling out army to control the riots, the minister said troops had landed within 24 hours.',
        mentions: [['Ahmedabad', placeEntity('Ahmedabad', 'IN')]],
      },
    ],
    [
      'riots named after the incident they followed',
      {
        text: 'the board said the police failed to act during the post-sitapur riots.',
        mentions: [['sitapur', placeEntity('Sitapur', 'IN')]],
      },
    ],
    [
      'the dead of riots alluded to, paid for by the state',
      {
        text: 'patna: the state will pay rs 1 lakh for each of those killed in the riots.',
        mentions: [['patna', placeEntity('Patna', 'IN')]],
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

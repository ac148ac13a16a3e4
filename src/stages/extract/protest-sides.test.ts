import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const lagos = placeEntity('Lagos', 'NG');
const police = actorEntity('Police Forces of Nigeria', 'state-forces', 'NG');

describe('the sides of a violent demonstration', () => {
  it.each<[string, FixtureSpec]>([
    [
      'a crowd that fights the police first',
      {
        text: 'Protesters clashed with police in Lagos on Monday.',
        mentions: [
          ['Protesters', actorEntity('Protesters', 'group')],
          ['police', police],
          ['Lagos', lagos],
        ],
      },
    ],
    [
      'a crowd the police are said to have clashed with',
      {
        text: 'Police clashed with demonstrators in Lagos on Monday.',
        mentions: [
          ['Police', police],
          ['demonstrators', actorEntity('Protesters', 'group')],
          ['Lagos', lagos],
        ],
      },
    ],
  ])('takes the rioters of %s, and the force they fought second', (_, spec) => {
    expect(actorsOf(spec)).toEqual(['Rioters (Nigeria)', 'Police Forces of Nigeria']);
  });
});

import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

describe('the side that repelled an attack', () => {
  it('takes the army that repelled the attack for its target, the attackers for its perpetrator', () => {
    expect(
      actorsOf({
        text: 'تمكن الجيش من صد هجوم للحوثيين على مواقعه في مديرية صرواح.',
        mentions: [
          ['للحوثيين', actorEntity('Houthi Movement')],
          ['مديرية صرواح', placeEntity('Sirwah', 'YE', 'region')],
        ],
      }),
    ).toEqual(['Houthi Movement', 'Military Forces of Yemen']);
  });

  it('does the same in English, past "by" and the attackers', () => {
    expect(
      actorsOf({
        text: 'The army repelled an attack by Houthi fighters near Sirwah on Monday.',
        mentions: [
          ['Houthi', actorEntity('Houthi Movement')],
          ['Sirwah', placeEntity('Sirwah', 'YE')],
        ],
      }),
    ).toEqual(['Houthi Movement', 'Military Forces of Yemen']);
  });
});

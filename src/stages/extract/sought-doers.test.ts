import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

describe('an act told as the deed of doers sought', () => {
  it.each<[string, FixtureSpec]>([
    [
      'does not take the force that hunts those responsible for the blast for its doer',
      {
        text: 'A bomb tore through a chapel in Temuco on Friday. Carabineros special forces then combed the hills for those responsible for the bombing.',
        mentions: [
          ['Temuco', placeEntity('Temuco', 'CL')],
          ['Carabineros', actorEntity('Police Forces of Chile', 'state-forces', 'CL')],
        ],
      },
    ],
  ])('%s', (_name, spec) => {
    // The sentence of the hunt tells the last event.
    expect(actorsOf(spec, -1)[0]).toBeUndefined();
  });

  it('keeps a named side said to be responsible for the raid', () => {
    const spec: FixtureSpec = {
      text: 'Fighters of the Azawad Front were responsible for last week’s raid on a market in Gao, the army said.',
      mentions: [
        ['Azawad Front', actorEntity('Azawad Front')],
        ['Gao', placeEntity('Gao', 'ML')],
      ],
    };
    expect(actorsOf(spec, -1)[0]).toBe('Azawad Front');
  });
});

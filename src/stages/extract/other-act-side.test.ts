import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';

describe("a nationality before another act's word", () => {
  it('is not the target of an attack told before it, when that act is held back', () => {
    const text = 'Militants in Velmora attack, Osterland wary of new Ruritanian raids';
    const [, target] = actorsOf({
      text,
      mentions: [
        ['Militants', actorEntity('Militants', 'armed-group')],
        ['Velmora', placeEntity('Velmora', 'BV')],
        ['Ruritanian', demonymEntity('Ruritania', 'RR')],
      ],
    });
    expect(target).toBeUndefined();
  });

  it('still names the doer of its own act', () => {
    const text = 'Ruritanian raids hit a depot in Velmora on Tuesday.';
    const [doer] = actorsOf({
      text,
      mentions: [
        ['Ruritanian', demonymEntity('Ruritania', 'RR')],
        ['Velmora', placeEntity('Velmora', 'BV')],
      ],
    });
    expect(doer).toMatch(/Ruritania/);
  });
});

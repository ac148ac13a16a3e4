import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

describe('a side guarding those an attack befell', () => {
  it('is neither the attacker nor the target', () => {
    const text = 'وقال مسؤول إن الجيش يحمي مئات القرويين بعدما تعرضوا لهجوم من جانب مسلحين قرب بونيا.';
    const [actor1, actor2] = actorsOf({
      text,
      mentions: [
        ['الجيش', actorEntity('Military Forces of the Democratic Republic of Congo', 'state-forces', 'CD')],
        ['بونيا', placeEntity('Bunia', 'CD')],
      ],
    });
    expect([actor1, actor2]).not.toContain('Military Forces of the Democratic Republic of Congo');
  });
});

import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import { demonymEntity, placeEntity } from './fixture-entities.js';

const mentions: [string, ReturnType<typeof placeEntity>][] = [
  ['Ruritanian', demonymEntity('Ruritania', 'RU')],
  ['Strelsau', placeEntity('Strelsau', 'RU')],
];

describe('a side named after a noun of its dead', () => {
  it.each([
    'Medics in Strelsau said the bodies of 14 Ruritanian soldiers lay in the morgue.',
    'The bodies of at least nine Ruritanian policemen were flown out of Strelsau on Tuesday.',
    'The army in Strelsau confirmed the deaths of one sergeant and five Ruritanian soldiers in raids on Monday.',
    'Strelsau mourned the death of a pilot and four Ruritanian soldiers in the raid.',
    'The army in Strelsau confirmed the deaths of a sergeant, a medic and six Ruritanian soldiers in a raid.',
    'Strelsau mourned the deaths of two sergeants, a corporal and three Ruritanian soldiers in the raid.',
  ])('is the side harmed, not the one that killed: %s', (text) => {
    const [actor1, actor2] = actorsOf({ text, mentions });
    expect(actor1).toBeUndefined();
    expect(actor2).toMatch(/Forces of Ruritania$/);
  });
});

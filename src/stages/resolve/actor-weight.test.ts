import { describe, expect, it } from 'vitest';
import type { ActorRef, EventRecord } from '../../core/records.js';
import { actorWeight, CLAIMANT } from './actor-weight.js';

const actor = (name: string, entity_id: string | null): ActorRef => ({ name, entity_id, spans: [[0, 4]] });
const told = (actor1: ActorRef | null, claimed_by: ActorRef | null = null) =>
  ({ actor1, claimed_by }) as EventRecord;

describe('the weight of a telling’s perpetrator', () => {
  it('ranks the claimant over a named group over a generic side over none', () => {
    const daesh = actor('Islamic State', 'actor:islamic-state');
    const weights = [
      told(daesh, daesh),
      told(daesh),
      told(actor('Unidentified Armed Group', null)),
      told(null, daesh),
    ].map((e) => actorWeight(e));
    expect(weights).toEqual([CLAIMANT, 2, 1, 0]);
  });

  it('ranks the first side of a clash below the same side as the subject of an attack', () => {
    const daesh = actor('Islamic State', 'actor:islamic-state');
    expect(actorWeight(told(daesh), true)).toBeLessThan(actorWeight(told(daesh)));
    expect(actorWeight(told(daesh), true)).toBeGreaterThan(actorWeight(told(actor('Gunmen', null))));
    expect(actorWeight(told(daesh, daesh), true)).toBe(CLAIMANT);
  });

  it('does not count a perpetrator as the claimant when another group claimed', () => {
    expect(
      actorWeight(told(actor('Hamas', 'actor:hamas'), actor('Islamic State', 'actor:islamic-state'))),
    ).toBe(2);
  });
});

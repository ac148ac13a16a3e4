import { describe, expect, it } from 'vitest';
import type { Span } from '../../core/span.js';
import { forcesAndGroup, groupBesideAirStrike } from './group-beside-air-strike.js';
import { mention, place } from './placed-fixture.js';

const army = () => ({ name: 'Military Forces of Ruritania', entity_id: null, spans: [[0, 4]] as Span[] });
const front = () => ({ name: 'Dawn Front', entity_id: 'actor:dawn-front', spans: [[20, 30]] as Span[] });
const coalition = () => ({
  name: 'US-led Coalition',
  entity_id: 'actor:us-led-coalition',
  spans: [[5, 9]] as Span[],
});
const raid = (extra = {}) =>
  mention(0, 'Air/drone strike', { actor1: army(), location: place('Velka'), ...extra });

describe('an attack by a group beside an air strike', () => {
  it('is another incident when the group flies no warplanes', () => {
    expect(groupBesideAirStrike(raid(), mention(1, 'Attack', { actor1: front() }))).toBe(true);
  });

  it('may be the strike when the group is the one it hit', () => {
    expect(groupBesideAirStrike(raid({ actor2: front() }), mention(1, 'Attack', { actor1: front() }))).toBe(
      false,
    );
  });

  it('may be the strike when told as "the attack" or by its toll alone', () => {
    expect(groupBesideAirStrike(raid(), mention(1, 'Attack', { actor1: front() }, true))).toBe(false);
    const toll = { ...mention(1, 'Attack', { actor1: front() }), onlyCasualty: true };
    expect(groupBesideAirStrike(raid(), toll)).toBe(false);
  });

  it('may be the strike when its doer is an air-war coalition', () => {
    expect(groupBesideAirStrike(raid(), mention(1, 'Attack', { actor1: coalition() }))).toBe(false);
  });
});

describe("a state's forces and a group as two doers", () => {
  it('tells them apart though the forces have no id yet, either way round', () => {
    expect(forcesAndGroup(army(), front())).toBe(true);
    expect(forcesAndGroup(front(), army())).toBe(true);
  });

  it('does not take a coalition or an unnamed side for a group', () => {
    expect(forcesAndGroup(army(), coalition())).toBe(false);
    expect(forcesAndGroup(army(), null)).toBe(false);
  });
});

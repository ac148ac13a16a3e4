import { describe, expect, it } from 'vitest';
import { placeEntity } from '../extract/fixture-entities.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

const towns = (...names: string[]): FixtureSpec['mentions'] =>
  names.map((name) => [name, placeEntity(name, 'IN')]);

describe('a sentence that only says where the incident was', () => {
  it('gives the incident told just before it its place', () => {
    const text =
      'Insurgents blew up a gas line that runs from Lakhpur to the Sitapur plant. The attack occurred in Rampur.';
    const events = resolvedEvents({ text, mentions: towns('Lakhpur', 'Sitapur', 'Rampur') });
    expect(events.map((e) => e.location?.name)).toEqual(['Rampur']);
  });

  it('gives it too when the place is told after the incident it names', () => {
    const text =
      'Gunmen ambushed a van of traders on the road to Lakhpur. Two traders were killed in the ambush which occurred in Rampur.';
    const events = resolvedEvents({ text, mentions: towns('Lakhpur', 'Rampur') });
    expect(events.map((e) => e.location?.name)).toEqual(['Rampur']);
  });

  it('does not when the town it names only names a road', () => {
    const text = 'A roadside bomb wounded two policemen in Lakhpur. The attack occurred on Rampur road.';
    const events = resolvedEvents({ text, mentions: towns('Lakhpur', 'Rampur') });
    expect(events[0].location?.name).toBe('Lakhpur');
  });

  it('does not when its words tell another incident, hours before', () => {
    const text =
      'A bomb exploded in Lakhpur, wounding two. This explosion occurred hours after one in Rampur.';
    const events = resolvedEvents({ text, mentions: towns('Lakhpur', 'Rampur') });
    expect(events[0].location?.name).toBe('Lakhpur');
  });
});

describe('a town the body marks by "town" after its name', () => {
  it('is where a headline placed at a city nearby tells the same shelling', () => {
    const text =
      'Shells kill one in Lakhpur and Sitapur\n\n' +
      'Rebels fired rocket shells at the besieged Rampur town near Sitapur, killing a farmer. ' +
      'In Lakhpur, a shell hit a school and killed a guard.';
    const events = resolvedEvents({ text, mentions: towns('Lakhpur', 'Sitapur', 'Rampur') });
    expect(events.map((e) => e.location?.name).sort()).toEqual(['Lakhpur', 'Rampur']);
  });

  it('keeps a headline town marked so apart from a mob fired on earlier elsewhere', () => {
    const text =
      'a curfew was imposed in Rampur town in the north, where police opened fire on a crowd hurling stones. ' +
      'earlier, police fired nine shots at a mob burning shops in the hill town of Motipur, an officer said.';
    const events = resolvedEvents({ text, mentions: towns('Rampur', 'Motipur') });
    expect(events.map((e) => e.location?.name)).toEqual(['Rampur', 'Motipur']);
  });
});

import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';

const towns = {
  Ostrava: placeEntity('Ostrava', 'SV'),
  Tarnow: placeEntity('Tarnow', 'FD'),
  Lesno: placeEntity('Lesno', 'SV'),
};
const freedonianFront = actorEntity('Freedonian Liberation Front', 'armed-group', 'FD');
const sylvanianLeague = actorEntity('Sylvanian Armed League', 'armed-group', 'SV');

/** Where a raid on the pipeline from `from` to `to` by `group` is placed. */
function raidOn(group: ReturnType<typeof actorEntity>, from: keyof typeof towns, to: keyof typeof towns) {
  const text = `Fighters of the ${group.name} bombed a valve station on the ${from}-${to} oil pipeline.`;
  const mentions: Parameters<typeof resolvedEvents>[0]['mentions'] = [
    [group.name, group],
    [from, towns[from]],
    [to, towns[to]],
  ];
  return resolvedEvents({ text, published: '2010-05-02', mentions })[0]?.location;
}

describe('an event placed only at an end of a route that crosses a border', () => {
  it("is placed in the state of the armed group the text names, that state holding the route's other end", () => {
    expect(raidOn(freedonianFront, 'Ostrava', 'Tarnow')).toMatchObject({
      country: 'FD',
      precision: 'country',
    });
  });

  it('stays at the end when the group is at home there', () => {
    expect(raidOn(sylvanianLeague, 'Ostrava', 'Tarnow')).toMatchObject({ name: 'Ostrava', country: 'SV' });
  });

  it('stays at the end when the whole route lies in one state', () => {
    expect(raidOn(freedonianFront, 'Ostrava', 'Lesno')).toMatchObject({ name: 'Ostrava', country: 'SV' });
  });
});

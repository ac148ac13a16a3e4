import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

// An armed group's bare "bombed" with no aircraft told is a planted bomb; planes and a state's forces still
// bomb from the air.
const mentions: FixtureSpec['mentions'] = [
  ['Ruritanian Liberation Front', actorEntity('Ruritanian Liberation Front', 'armed-group', 'AF')],
  ['Kandahar', placeEntity('Kandahar', 'AF')],
];
const typed = (text: string) =>
  subTypesOf({ text, mentions: mentions!.filter(([phrase]) => text.includes(phrase)) });

describe('a bombing by an armed group', () => {
  it('reads a group that bombed a pumping station as a planted bomb', () => {
    expect(
      typed('The Ruritanian Liberation Front bombed a pumping station near Kandahar on Monday.'),
    ).toEqual(['Remote explosive/landmine/IED']);
  });

  it('keeps warplanes that bombed a village as an air strike', () => {
    expect(typed('Government warplanes bombed a village near Kandahar.')).toEqual(['Air/drone strike']);
  });

  it('keeps a group bombing told beside aircraft as an air strike', () => {
    expect(
      typed('The Ruritanian Liberation Front bombed a bridge near Kandahar after its drones were sighted.'),
    ).toEqual(['Air/drone strike']);
  });

  it('reads a bus bombed by no one told as a planted bomb', () => {
    expect(typed('A passenger bus was bombed near Kandahar on Monday, killing nine people.')).toEqual([
      'Remote explosive/landmine/IED',
    ]);
  });

  it('keeps a bus that warplanes bombed as an air strike', () => {
    expect(typed('Warplanes bombed a bus near Kandahar on Monday, killing nine people.')).toEqual([
      'Air/drone strike',
    ]);
  });
});

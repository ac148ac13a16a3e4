import { describe, expect, it } from 'vitest';
import type { PlaceRef } from '../../core/records.js';
import { inTown, villageAnchors } from './village-anchors.js';

/** A place named `name` in `text`, as precise as `precision`; a village the base does not know has no id. */
function place(text: string, name: string, precision: PlaceRef['precision'], known = true): PlaceRef {
  const at = text.indexOf(name);
  return {
    name,
    country: 'XX',
    lat: known ? 1 : null,
    lon: known ? 1 : null,
    precision,
    entity_id: known ? `place:${name.toLowerCase()}` : null,
    spans: [[at, at + name.length]],
  };
}

describe('an unknown village among the places its clause knows', () => {
  it('beats a province told after it, but not a town told before it', () => {
    const text = 'Jets struck Lakhpur and the village of Tirin in Ostmark province.';
    const tirin = place(text, 'Tirin', 'town', false);
    expect(villageAnchors(tirin, [place(text, 'Ostmark', 'region')], text)).toBe(true);
    expect(
      villageAnchors(tirin, [place(text, 'Lakhpur', 'town'), place(text, 'Ostmark', 'region')], text),
    ).toBe(false);
  });

  it('gives way to the town a man from the village was struck in', () => {
    const text = 'A man from the village of Tirin in Rampur was shot dead.';
    const tirin = place(text, 'Tirin', 'town', false);
    expect(villageAnchors(tirin, [place(text, 'Rampur', 'town')], text)).toBe(false);
    const located = 'A man from the village of Tirin, Rampur district, was shot dead.';
    expect(
      villageAnchors(place(located, 'Tirin', 'town', false), [place(located, 'Rampur', 'district')], located),
    ).toBe(true);
  });

  it('is told at the known town it lies inside, kept as its district', () => {
    const text = 'Shells fell on Tirin inside Rampur on Monday.';
    const tirin = place(text, 'Tirin', 'town', false);
    const rampur = place(text, 'Rampur', 'town');
    expect(inTown(tirin, [rampur], text)).toMatchObject({ name: 'Rampur', district: { name: 'Tirin' } });
    const near = 'Shells fell on Tirin near Rampur on Monday.';
    expect(inTown(place(near, 'Tirin', 'town', false), [place(near, 'Rampur', 'town')], near).name).toBe(
      'Tirin',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { eventRecord, place } from './placed-fixture.js';
import type { Placed } from './placed.js';
import { placeAtDatelineTown, placeInTheCity } from './the-city.js';

const text =
  'A bomb was found in Orlen. Later in the city, gunmen shot two guards. Militants often fire rockets across the city.';
const sentence = (words: string): [number, number] => {
  const at = text.indexOf(words);
  return [at, at + words.length];
};
const found = sentence('A bomb was found in Orlen.');
const shot = sentence('Later in the city, gunmen shot two guards.');
const shell = sentence('Militants often fire rockets across the city.');

function items(): Placed[] {
  const bomb = eventRecord('Remote explosive/landmine/IED', found, found, { location: place('Orlen') });
  const guards = eventRecord('Attack', shot, shot, {
    fatalities: { value: 2, qualifier: 'exact', spans: [shot] },
  });
  const shelling = eventRecord('Shelling/artillery/missile attack', shell, shell);
  return [bomb, guards, shelling].map((event, i) => ({ event, first: i, last: i, anaphoric: false }));
}

describe('"the city" of a telling that names no town', () => {
  it('is the town told last, for a telling that counts or dates something', () => {
    const placed = items();
    placeInTheCity(placed, text);
    expect(placed[1].event.location?.name).toBe('Orlen');
    // Background that neither dates nor counts stays unplaced.
    expect(placed[2].event.location).toBeNull();
  });

  it("is the dateline's town in a report filed from one, for any telling that says it", () => {
    const placed = items();
    placeAtDatelineTown(placed, place('Varsk'), text);
    expect(placed.map((item) => item.event.location?.name ?? null)).toEqual(['Orlen', 'Varsk', 'Varsk']);
  });

  it("gives the dateline's town a crowd its clause does not place, but no other incident", () => {
    const words = 'Hundreds marched against the new tax.';
    const span: [number, number] = [0, words.length];
    const march = eventRecord('Peaceful protest', span, span);
    const raid = eventRecord('Attack', span, span);
    const placed = [march, raid].map((event) => ({ event, first: 0, last: 0, anaphoric: false }));
    placeAtDatelineTown(placed, place('Varsk'), words);
    expect(march.location?.name).toBe('Varsk');
    expect(raid.location).toBeNull();
  });
});

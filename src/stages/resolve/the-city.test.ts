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

describe('a protest placed only at a region its telling names aside', () => {
  const region = (name: string, words: string) => {
    const at = words.indexOf(name);
    return {
      ...place(name, 'IN'),
      precision: 'region' as const,
      spans: [[at, at + name.length]] as [number, number][],
    };
  };
  const placedAt = (words: string, name: string, sub: 'Peaceful protest' | 'Mob violence') => {
    const span: [number, number] = [0, words.length];
    const event = eventRecord(sub, span, span, { location: region(name, words) });
    placeAtDatelineTown([{ event, first: 0, last: 0, anaphoric: false }], place('Varsk', 'IN'), words);
    return event.location?.name;
  };

  it.each([
    'The opposition marched to the palace protesting against the killings in Ostmark.',
    'News that the Ostmark chief minister was in town brought activists to a dharna.',
  ])("is at the dateline's town: %s", (words) => {
    expect(placedAt(words, 'Ostmark', 'Peaceful protest')).toBe('Varsk');
  });

  it('stays at a region told as its scene, and a riot stays at the region of its violence', () => {
    expect(placedAt('Hundreds marched in Ostmark against the new tax.', 'Ostmark', 'Peaceful protest')).toBe(
      'Ostmark',
    );
    expect(placedAt('Mobs burnt shops in the violence in Ostmark.', 'Ostmark', 'Mob violence')).toBe(
      'Ostmark',
    );
  });

  it('is the town told last for strikes told as aimed "against the city"', () => {
    const told = 'Jets bombed Orlen. New strikes against the city came on Friday.';
    const strikes: [number, number] = [19, told.length];
    const bombed = eventRecord('Air/drone strike', [0, 18], [0, 18], { location: place('Orlen') });
    const fresh = eventRecord('Air/drone strike', strikes, strikes, {
      date: { value: '2021-05-14', precision: 'day', spans: [strikes] },
    });
    const placed = [bombed, fresh].map((event, i) => ({ event, first: i, last: i, anaphoric: false }));
    placeInTheCity(placed, told);
    expect(placed[1].event.location?.name).toBe('Orlen');
  });
});

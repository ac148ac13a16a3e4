import { describe, expect, it } from 'vitest';
import { placeEntity } from './fixture-entities.js';
import { placesOf } from '../../../test/support/places-of.js';

describe('villages the knowledge base does not know', () => {
  it.each([
    ['Three civilians were killed in shelling on the village of Haas in Idlib province.', 'Idlib', 'Haas SY'],
    ['Air strikes hit Hirbanfsah village in southern Hama, killing two.', 'Hama', 'Hirbanfsah SY'],
    [
      'Rebels fired rockets on the besieged Fuaa town north of Idlib, killing a civilian.',
      'Idlib',
      'Fuaa SY',
    ],
    ['Jets dropped barrel bombs on the Kodori valley near Hama.', 'Hama', 'Kodori SY'],
  ])('names the village the text gives, in the country of its anchor: %s', (text, anchor, place) => {
    expect(placesOf({ text, mentions: [[anchor, placeEntity(anchor, 'SY')]] })).toEqual([place]);
  });

  it('keeps a known town told before the village', () => {
    const text = 'Warplanes struck Aleppo and the village of Haas on Monday.';
    expect(placesOf({ text, mentions: [['Aleppo', placeEntity('Aleppo', 'SY')]] })).toEqual(['Aleppo SY']);
  });

  it.each([
    ['the people of a town', 'Shelling hit the Kurdish town near Hama, killing two.'],
    ['a faith', 'Shelling hit the Sunni town near Hama, killing two.'],
    ['a title-case headline', 'Jets Pound Rebel Town Near Hama, Killing Two.'],
  ])('reads no village in %s', (_why, text) => {
    expect(placesOf({ text, mentions: [['Hama', placeEntity('Hama', 'SY')]] })).toEqual(['Hama SY']);
  });

  it('reads the town after "the Gazan town of", not the adjective', () => {
    const text = 'Gunmen shot a man in the Gazan town of Beit Lakh near Rafah.';
    expect(placesOf({ text, mentions: [['Rafah', placeEntity('Rafah', 'PS')]] })).toEqual(['Beit Lakh PS']);
  });
});

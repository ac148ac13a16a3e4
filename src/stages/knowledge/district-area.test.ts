import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** Each place named in `text`, with the precision it is told at. */
const placesOf = (text: string): string[] =>
  findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined)
    .map((m) => `${m.name}:${m.place?.precision}`);

describe('a district named after its seat, then a town in it', () => {
  it('tells the district as the area when a smaller town close by is named after it', () => {
    expect(placesOf('In Dantewada district on Sunday night, Maoist cadres torched huts in Cherli.')).toEqual([
      'Dantewada:region',
      'Cherli:town',
    ]);
  });

  it('keeps the seat town when no other town is named', () => {
    expect(placesOf('Two constables died when a mine blew up in Dantewada district.')).toEqual([
      'Dantewada:town',
    ]);
  });

  it('keeps the seat town when the town named after it is larger', () => {
    expect(placesOf('A convoy was hit in Maiwand district while it drove on to Kandahar.')).toEqual([
      'Maiwand:town',
      'Kandahar:town',
    ]);
  });

  it('keeps the seat town when the smaller town lies far from it', () => {
    expect(
      placesOf('A teacher was shot in Doda district; a week before, rebels torched huts in Cherli.'),
    ).toEqual(['Doda:town', 'Cherli:town']);
  });

  it('keeps the seat town when the smaller town is named only some sentences on', () => {
    const text =
      'In Dantewada district a jeep ran over a mine. Police searched the forest for days. Later rebels raided Cherli.';
    expect(placesOf(text)).toEqual(['Dantewada:town', 'Cherli:town']);
  });

  it('keeps the seat town when the base does not know how many live there', () => {
    const text =
      'Jets bombed a market in the Maarat al-Numan district, and a clinic in Khan Shaykhun was hit.';
    expect(placesOf(text)).toEqual(['Maarat al-Numan:town', 'Khan Shaykhun:town']);
  });
});

describe('a district the base files as an area of its own, then a town in it', () => {
  it('tells the district as the area and the town as the place', () => {
    expect(placesOf('In Morang district on Friday, rebels set fire to a tax office in Biratnagar.')).toEqual([
      'Morang:region',
      'Biratnagar:town',
    ]);
  });

  it('reads a French department named before its town so', () => {
    expect(placesOf('Someone left a bomb by the Haute-Corse road office in Bastia overnight.')).toEqual([
      'Haute-Corse:region',
      'Bastia:town',
    ]);
  });

  it('keeps the district when no town is named after it', () => {
    expect(placesOf('Rebels torched two lorries in Morang district at dawn.')).toEqual(['Morang:district']);
  });
});

describe('a district told as the area', () => {
  it('keeps every field of a mention, in the order the matcher builds them', () => {
    const [district, town] = findMentions(
      kb,
      'In Dantewada district on Sunday night, Maoist cadres torched huts in Cherli.',
      [[0, 76]],
    );
    expect(district.place?.precision).toBe('region');
    expect(Object.keys(district)).toEqual(Object.keys(town));
    expect(Object.keys(district.place ?? {})).toEqual(Object.keys(town.place ?? {}));
  });
});

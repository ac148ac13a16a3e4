import { describe, expect, it } from 'vitest';
import type { Entity, NameSense } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';
import { surfaceFilter } from './surface-filter.js';

const entity = (id: string, kind = id.startsWith('place:') ? 'city' : 'group'): Entity =>
  ({ id, kind }) as Entity;
const sense = (id: string, written: string, via: NameSense['via'] = 'name'): NameSense => ({
  entity: entity(id),
  via,
  written,
});
const matchOf = (senses: readonly NameSense[]): NameMatch => ({
  view: [0, 5],
  span: [0, 5],
  key: 'van',
  senses,
  sentence: 0,
  word: 0,
});

describe('surfaceFilter', () => {
  const senses = [sense('place:tr:van', 'Van'), sense('actor:us', 'US')];
  const filter = surfaceFilter(false);

  it('gives the same answer for the same name written the same way, as often as it is met', () => {
    const first = filter(matchOf(senses), 'Van');
    expect(first.map((s) => s.entity.id)).toEqual(['place:tr:van']);
    expect(filter(matchOf(senses), 'Van')).toEqual(first);
  });

  it('answers each way of writing a name on its own', () => {
    expect(filter(matchOf(senses), 'Van').map((s) => s.entity.id)).toEqual(['place:tr:van']);
    expect(filter(matchOf(senses), 'van')).toEqual([]);
    expect(filter(matchOf(senses), 'US').map((s) => s.entity.id)).toEqual(['actor:us']);
    expect(filter(matchOf(senses), 'us')).toEqual([]);
  });

  it('keeps every sense in lower-cased text', () => {
    expect(surfaceFilter(true)(matchOf(senses), 'van')).toBe(senses);
  });

  it('reads "is" in lower-cased text as the verb, not the acronym of a group', () => {
    const is = [sense('actor:islamic-state', 'IS'), sense('place:xx:is', 'Is')];
    expect(surfaceFilter(true)(matchOf(is), 'is').map((s) => s.entity.id)).toEqual(['place:xx:is']);
    expect(surfaceFilter(true)(matchOf(is), 'isis')).toBe(is);
  });

  it('reads "let" and "car" in lower-cased text as words, not the acronyms of a group or a country', () => {
    const lashkar = [sense('actor:lashkar', 'LeT')];
    expect(surfaceFilter(true)(matchOf(lashkar), 'let')).toEqual([]);
    const car = [sense('country:cf', 'CAR'), sense('place:xx:car', 'Car')];
    expect(surfaceFilter(true)(matchOf(car), 'car').map((s) => s.entity.id)).toEqual(['place:xx:car']);
  });

  it("takes a group's fighters whose inner words are written in lower case, not the bare name so written", () => {
    const fighters = [sense('actor:dawn-army', 'Crimson Dawn militants', 'demonym')];
    const ids = (written: string) => filter(matchOf(fighters), written).map((s) => s.entity.id);
    expect(ids('Crimson dawn militants')).toEqual(['actor:dawn-army']);
    expect(ids('crimson dawn militants')).toEqual([]);
    const name = [sense('actor:dawn-army', 'Crimson Dawn')];
    expect(filter(matchOf(name), 'Crimson dawn')).toEqual([]);
  });

  it('takes a name whose closing land feature is written in lower case, but not a lower-case first word', () => {
    const strip = [sense('place:xx:zarqa-strip', 'Zarqa Strip')];
    expect(filter(matchOf(strip), 'Zarqa strip').map((s) => s.entity.id)).toEqual(['place:xx:zarqa-strip']);
    expect(filter(matchOf(strip), 'zarqa strip')).toEqual([]);
    const province = [sense('place:xx:zarqa-province', 'Zarqa Province')];
    expect(filter(matchOf(province), 'Zarqa province')).toEqual([]);
  });

  it('takes a city whose name closes with "City" written in lower case', () => {
    const city = [sense('place:xx:zarqa-city', 'Zarqa City')];
    expect(filter(matchOf(city), 'Zarqa city').map((s) => s.entity.id)).toEqual(['place:xx:zarqa-city']);
    expect(filter(matchOf(city), 'zarqa city')).toEqual([]);
  });

  it('takes a name whose word after a hyphened article is written in lower case, when the name opens with a capital', () => {
    const town = [sense('place:xx:al-zarqa', 'Al-Zarqa')];
    expect(filter(matchOf(town), 'Al-zarqa').map((s) => s.entity.id)).toEqual(['place:xx:al-zarqa']);
    expect(filter(matchOf(town), 'al-zarqa')).toEqual([]);
    const spring = [sense('place:xx:ain-al-zarqa', 'Ain al-Zarqa')];
    expect(filter(matchOf(spring), 'Ain al-zarqa').map((s) => s.entity.id)).toEqual([
      'place:xx:ain-al-zarqa',
    ]);
    // Without the hyphen the article is no part of the word after it.
    expect(filter(matchOf(spring), 'Ain al zarqa')).toEqual([]);
  });

  it('reads an Arabic word written with tanween as the common noun its letters spell, not the name', () => {
    const sidon = [sense('place:lb:sidon', 'صيدا')];
    expect(filter(matchOf(sidon), 'صيدا').map((s) => s.entity.id)).toEqual(['place:lb:sidon']);
    expect(filter(matchOf(sidon), 'صيداً')).toEqual([]);
    expect(filter(matchOf(sidon), 'صيدًا')).toEqual([]);
    // Other marks (a shadda, a short vowel) say nothing about the word being indefinite.
    expect(filter(matchOf(sidon), 'صيّدا').map((s) => s.entity.id)).toEqual(['place:lb:sidon']);
  });

  it('keeps a group member or a people written with tanween: "forty Houthis" counts the group', () => {
    const houthi = [sense('actor:houthi-movement', 'حوثي')];
    expect(filter(matchOf(houthi), 'حوثياً').map((s) => s.entity.id)).toEqual(['actor:houthi-movement']);
    const iraqi = [sense('place:iq', 'عراقي', 'demonym')];
    expect(filter(matchOf(iraqi), 'عراقياً').map((s) => s.entity.id)).toEqual(['place:iq']);
  });
});

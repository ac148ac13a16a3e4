import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase({ dataDir: fileURLToPath(new URL('./fixtures/kb/', import.meta.url)) });

const places = (text: string): string[] => placeMentions(kb, text);

describe('a town abroad that the text puts inside a place of another country', () => {
  it('is no place: "the Khobar police station in Baghdad" is a local namesake', () => {
    expect(places('Gunmen stormed the Khobar police station in Baghdad')).toEqual([
      'Baghdad=place:iq:baghdad',
    ]);
    expect(places('A bomb hit the Khobar market of northern Mosul')).toEqual(['Mosul=place:iq:mosul']);
  });

  it('is no place outside a town of another country: "the Khobar depot outside Baghdad" is a local namesake', () => {
    expect(places('Saboteurs set fire to the Khobar fuel depot outside Baghdad')).toEqual([
      'Baghdad=place:iq:baghdad',
    ]);
  });

  it('is no place before a comma and the province it lies in', () => {
    expect(places('A bomb went off in the village of Khobar, Homs Governorate')).toEqual([
      'Homs Governorate=region:sy:homs',
    ]);
  });

  it('is no place, town or country, before the province it lies in, in brackets', () => {
    expect(places('A bomb hit a school in Khobar (Homs Governorate)')).toEqual([
      'Homs Governorate=region:sy:homs',
    ]);
    expect(places('Gunmen raided a school in Mali (Homs Governorate)')).toEqual([
      'Homs Governorate=region:sy:homs',
    ]);
  });

  it('stays a town in a list of places, or where the article names its country elsewhere', () => {
    expect(places('Bombs went off in Khobar and in Baghdad')).toEqual([
      'Khobar=place:sa:khobar',
      'Baghdad=place:iq:baghdad',
    ]);
    const text = 'Gunmen stormed the Khobar police station in Baghdad. Riots broke out in Saudi Arabia.';
    expect(places(text)).toEqual([
      'Khobar=place:sa:khobar',
      'Baghdad=place:iq:baghdad',
      'Saudi Arabia=country:SA',
    ]);
  });
});

describe('a chronology entry filed under one country', () => {
  it('takes a small town of another country it names nowhere else for a local namesake', () => {
    expect(places('YEMEN.  A bomb killed two people at a market in Lal.')).toEqual(['YEMEN=country:YE']);
  });

  it('keeps a town of its own country, a town of a country it names again, and a town without a heading', () => {
    expect(places('AFGHANISTAN.  A bomb killed two people at a market in Lal.')).toEqual([
      'AFGHANISTAN=country:AF',
      'Lal=place:af:lal',
    ]);
    expect(places('YEMEN.  A bomb killed two people in Lal, Afghanistan.')).toContain('Lal=place:af:lal');
    expect(places('Yemen said a bomb killed two people at a market in Lal.')).toContain('Lal=place:af:lal');
  });
});

describe('a town abroad that the text measures from a place of another country', () => {
  it('is no place: "Khobar, twenty miles north of Baghdad" is a local namesake', () => {
    expect(places('A mine hit a truck in Khobar, twenty miles north of Baghdad')).toEqual([
      'Baghdad=place:iq:baghdad',
    ]);
    expect(places('Shots were fired in Khobar (southwest of Mosul)')).toEqual(['Mosul=place:iq:mosul']);
    expect(places('A car bomb went off in Khobar, which lies about 30 km east of Mosul')).toEqual([
      'Mosul=place:iq:mosul',
    ]);
  });

  it('stays a town when the article names its country elsewhere, measures from a region, or tells a route', () => {
    expect(
      places('A mine hit a truck in Khobar, twenty miles north of Dammam. Saudi Arabia said so.'),
    ).toContain('Khobar=place:sa:khobar');
    expect(places('Trucks drove from Khobar to Baghdad')).toContain('Khobar=place:sa:khobar');
    expect(places('A mine hit a truck in Khobar, north of Homs Governorate')).toContain(
      'Khobar=place:sa:khobar',
    );
  });
});

describe('a small town abroad in a story that names two towns of one other country and none of its own', () => {
  it('is a village of the same name that the base lacks', () => {
    expect(places('Gunmen shot a farmer in Lal, and a bomb went off in Shirqat near Mosul')).toEqual([
      'Shirqat=place:iq:shirqat',
      'Mosul=place:iq:mosul',
    ]);
  });

  it('stays a town beside a single town of the other country, or where its own country is named', () => {
    expect(places('Gunmen shot a farmer in Lal, and a bomb went off in Mosul')).toContain('Lal=place:af:lal');
    expect(
      places('Gunmen shot a farmer in Lal, Afghanistan, and a bomb went off in Shirqat near Mosul'),
    ).toContain('Lal=place:af:lal');
  });
});

describe('a town abroad that the text calls a neighbourhood', () => {
  it('is a quarter named after it, at every mention, in an article that names another country', () => {
    const text =
      'Rebels bombed a police post in the Khobar neighborhood. The bomb in Khobar hurt two. Such raids are common in Iraq.';
    expect(places(text)).toEqual(['Iraq=country:IQ']);
  });

  it('stays the town where its country is named, or where it is the town a quarter lies in', () => {
    const home = 'Rebels bombed a police post in the Khobar neighborhood, in Saudi Arabia, not in Iraq.';
    expect(places(home)).toContain('Khobar=place:sa:khobar');
    const town = 'A bomb went off in the Baghdad neighborhood of Adhamiya. Syria condemned it.';
    expect(places(town)).toContain('Baghdad=place:iq:baghdad');
  });
});

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase({ dataDir: fileURLToPath(new URL('./fixtures/kb/', import.meta.url)) });

const places = (text: string): string[] => placeMentions(kb, text);

/** The surfaces of the place mentions only. */
const surfaces = (text: string): string[] => places(text).map((p) => p.split('=')[0]);

describe('a place noun right after a name announces a place, as a preposition before it would', () => {
  it('reads a name that is also a surname as the town before "district"', () => {
    expect(places('Gunmen burned a school in the Calvi district overnight')).toEqual([
      'Calvi=place:fr:calvi',
    ]);
  });

  it('reads a small worldwide-gazetteer town before "district" without any preposition', () => {
    expect(surfaces('Officials said the Dresden district was calm after the riot')).toEqual(['Dresden']);
    expect(surfaces('Officials said the Dresden team was calm after the riot')).toEqual([]);
  });
});

describe('a place name inside another name is no place', () => {
  it.each([
    ['a weapon named after a town', 'Militants fired two Sanaa rockets at Mosul', ['Mosul']],
    ['a title before a given name', 'Gunmen shot Dr. Sanaa Ali near her clinic in Mosul', ['Mosul']],
    [
      'a given name before a family name',
      'Gunmen kidnapped Haydar Hamzah, a translator, in Baghdad',
      ['Baghdad'],
    ],
    [
      'a bank named after a country, in Spanish',
      'A parcel bomb went off at a Banco Georgia branch in Mosul',
      ['Mosul'],
    ],
    [
      'a square named after a country, in Spanish',
      'Students marched across Plaza Libya toward Baghdad',
      ['Baghdad'],
    ],
    [
      'a small gazetteer town before a surname',
      'Police in Virginia said Richmond Hughes was shot',
      ['Virginia'],
    ],
    [
      'a small gazetteer town after a given name',
      'Police in Virginia questioned Steven Richmond on Monday',
      ['Virginia'],
    ],
    [
      'a small gazetteer town before a surname after a bare "of"',
      'Police in Virginia guarded the home of Richmond Hughes',
      ['Virginia'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });

  it.each([
    ['the town after a preposition', 'Clashes broke out in Hamza on Monday', ['Hamza']],
    [
      'the gazetteer town after a preposition',
      'Police in Virginia said a teacher was shot in Richmond',
      ['Virginia', 'Richmond'],
    ],
    [
      'the gazetteer town after a place noun and "of"',
      'Police in Virginia said the town of Richmond Hughes was calm',
      ['Virginia', 'Richmond'],
    ],
  ])('but keeps %s', (_why, text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });
});

describe('a quarter or square of a foreign city', () => {
  it('is dropped when its sentence names a town of another country', () => {
    expect(places('A bomb exploded in Tahrir Square in Baghdad, killing three')).toEqual([
      'Baghdad=place:iq:baghdad',
    ]);
  });

  it('is kept when "of" is followed by no other place', () => {
    expect(surfaces('Crowds filled the Tahrir Square of legend on Friday')).toEqual(['Tahrir Square']);
  });

  it('is kept when "of" is followed by the country it lies in', () => {
    expect(surfaces('Marchers crowded into the Tahrir Square of Egypt at noon')).toEqual([
      'Tahrir Square',
      'Egypt',
    ]);
  });
});

describe('an English article written in lower case inside a name', () => {
  it('does not keep "the Hague" from matching The Hague', () => {
    expect(surfaces('A bomb was defused at the embassy in the Hague')).toEqual(['the Hague']);
  });
});

describe('a nationality before a weapon', () => {
  it('still names the country whose weapon it is', () => {
    expect(surfaces('Two Iraqi rockets hit Mosul')).toEqual(['Iraqi', 'Mosul']);
  });
});

describe('a town named as the seat of a building or an office', () => {
  it('reads "the Dresden offices of a bank" as Dresden', () => {
    expect(surfaces('Bombs damaged the Dresden offices of a bank')).toEqual(['Dresden']);
  });
});

describe('a country named as where someone came from does not outvote a gazetteer town', () => {
  it('keeps the town a bomber from another country struck', () => {
    expect(surfaces('A bomber, said to be from Libya, blew himself up at a checkpoint in Richmond')).toEqual([
      'Libya',
      'Richmond',
    ]);
  });

  it('still drops the town when that country is where it happened', () => {
    expect(surfaces('A bomber blew himself up in Libya at a checkpoint in Richmond')).toEqual(['Libya']);
  });
});

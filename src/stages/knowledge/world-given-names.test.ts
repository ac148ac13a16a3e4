import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ownerMentions, placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase({ dataDir: fileURLToPath(new URL('./fixtures/kb/', import.meta.url)) });

const places = (text: string): string[] => placeMentions(kb, text, { demonyms: false });

const owners = (text: string): string[] => ownerMentions(kb, text);

describe('a place’s name next to a given name people bear outside the Arab world is part of a name', () => {
  it.each([
    ['a town after a Slavic given name', 'Gunmen shot Ivan Mosul outside a bar', []],
    [
      'a town after a Filipino given name',
      'Police found Simeon Moscow dead near Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    ['a town after two Spanish given names', 'Rebels shot Luis Humberto Mosul Arias at dawn', []],
    [
      'a town people bear as a given name, before a surname',
      'Alexandria Petrova, mayor of the town, was shot',
      [],
    ],
    [
      'a country people bear as a given name, before a surname',
      'A bomb hit the car of Georgia Petrova, an appeals judge, at dawn',
      [],
    ],
    [
      'a country heading a name before a second person’s',
      'Georgia Petrova Lamas and Manuel Ruiz Ortega, two nurses, were seized',
      [],
    ],
    ['a town before a known given name', 'Rebels bombed the home of Lal Bahadur Thapa, an officer', []],
    ['the surname named again alone', 'Masked men seized Ivan Mosul on Monday. Mosul was freed later', []],
    ['a town after an English given name', 'Someone slashed the tyres of Robin Mosul overnight', []],
    ['a town after a Greek given name', 'Protesters marched to the home of Costas Mosul overnight', []],
    ['a town after a Dutch given name, named again', 'Theo Mosul was stabbed. Mosul had been warned', []],
  ])('drops %s', (_why, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['a town before a given name', 'Troops in Moscow detained Ivan Petrov', 'Moscow=place:ru:moscow'],
    [
      'a given name a locative puts on the map',
      'Shells fell near Ivan Mosul overnight',
      'Mosul=place:iq:mosul',
    ],
    ['a country heading a firm', 'Georgia Telecom lost a mast in the storm', 'Georgia=country:GE'],
    [
      'a town after an English given name a locative puts on the map',
      'Shells fell near David Mosul overnight',
      'Mosul=place:iq:mosul',
    ],
    [
      'a town followed by a day',
      'Three men were shot in Alexandria Sunday',
      'Alexandria=place:eg:alexandria',
    ],
    [
      'a surname named again after a locative',
      'Gunmen shot Ivan Mosul. Shells later fell in Mosul',
      'Mosul=place:iq:mosul',
    ],
  ])('keeps %s', (_why, text, expected) => {
    expect(places(text)).toContain(expected);
  });
});

describe('a broadcaster or an airline named for a country says whose it is', () => {
  it('reads the country after "Radio" as an owner', () => {
    const text = 'A reporter of Radio Georgia was shot in Mosul';
    expect(places(text)).toEqual(['Mosul=place:iq:mosul']);
    expect(owners(text)).toEqual(['Georgia=country:GE']);
  });

  it('keeps a town a broadcaster is named for: it sits there', () => {
    expect(places('A reporter of Radio Mosul was hurt')).toEqual(['Mosul=place:iq:mosul']);
  });
});

describe('a street named for a place that a convoy passes through is no place of its own', () => {
  it('drops the name after "through"', () => {
    expect(places('A bomb hit a patrol passing through Georgia Street in Baghdad')).toEqual([
      'Baghdad=place:iq:baghdad',
    ]);
  });
});

describe('a town people bear as a given name, then a surname and a ground named after them', () => {
  it('is that person’s given name, even after a locative and an article', () => {
    expect(
      places('Fans fled as a device exploded near the Alexandria Petrova stadium before the match'),
    ).toEqual([]);
  });

  it('stays the town without a ground’s noun after the pair', () => {
    expect(
      places('Fans fled as a device exploded near the Alexandria Petrova road before the match'),
    ).not.toEqual([]);
  });
});

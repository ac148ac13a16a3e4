import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ownerMentions, placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase({ dataDir: fileURLToPath(new URL('./fixtures/kb/', import.meta.url)) });

const places = (text: string): string[] => placeMentions(kb, text, { demonyms: false });

const owners = (text: string): string[] => ownerMentions(kb, text);

describe('a city heading an organisation’s name says whose it is, as a nationality does', () => {
  it('reads the city through its demonym: a seat, not where it happened', () => {
    const text = 'Arsonists burned two lorries of the Mosul Cement Trading Company overnight';
    expect(owners(text)).toEqual(['Mosul=place:iq:mosul']);
    expect(places(text)).toEqual([]);
  });

  it('drops a small town there: more likely a word of the name than its seat', () => {
    const text = 'Fighters of the Musayyib Popular Defence Association stormed a checkpoint';
    expect(owners(text)).toEqual([]);
    expect(places(text)).toEqual([]);
  });
});

describe('a town name inside a person’s or an organisation’s name is no place', () => {
  it.each([
    ['a family name after a given name and the article', 'Gunmen shot Khalid al-Mosul near his home', []],
    [
      'a respelled town right after a first name',
      'Gunmen wounded Anna Mossul in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'the same spelling after a lower-case verb',
      'Gunmen struck Mossul and Baghdad',
      ['Mossul=place:iq:mosul', 'Baghdad=place:iq:baghdad'],
    ],
    [
      'a surname after a title and a given name',
      'Gunmen shot Colonel Tarek Mosul near Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    ['a surname after an office held by one person', 'A bomb hit the car of Senator Mosul', []],
    [
      'the same name again, bare, after a title showed it a person’s',
      'Rebels hanged Sheikh Mosul and left a note saying Mosul was a spy',
      [],
    ],
    [
      'a surname after a senator and her given name',
      'Shots were fired at Senator Lucia Mosul in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    ['an Arabic family name after "son of" and the father', 'وندد الشيخ محمد بن عبدالله الموصل بالهجوم', []],
    [
      "several capitalised words before a firm's noun",
      'Gunmen raided an office of the Mosul Electric Supply Company in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'several capitalised words before an organisation noun',
      'The Homs Salah al-Din Brigades fired a rocket at Tripoli, Libya',
      ['Tripoli=place:ly:tripoli', 'Libya=country:LY'],
    ],
    ['a town closing a run of three capitalised words', 'Gunmen shot Alberto Jimenez Mosul at home', []],
    [
      'an Arabic town after a spokesman, the body and a given name',
      'وقال المتحدث باسم وزارة الداخلية سعد حمص إن',
      [],
    ],
    [
      'a surname followed by what the report says of the person',
      'Masked men seized the cousin of Tomas Mosul, a lawyer, in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    ['a surname before "who"', 'Yusra Mosul, who runs a clinic, was shot twice', []],
    [
      'a surname set off by commas after what the person heads',
      'The chairman of the farmers’ union, Thokchom Mosul, was shot near Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'a given name before a father’s name, the article and a family name',
      'Gunmen killed Mosul Fadhel al-Jubouri, a tribal elder, in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['the article after a preposition at a sentence start', 'In al-Mosul, gunmen shot a guard', 'Mosul'],
    ['a town followed by ordinary words', 'Troops in Mosul Sunday searched houses', 'Mosul'],
    [
      'a town behind a locative and two long capitalised words',
      'A body was recovered from Husanpura Zainapura Mosul',
      'Mosul',
    ],
    ['an Arabic town a preposition puts after the name', 'ووصل محمد بن عبدالله إلى الموصل أمس', 'الموصل'],
    ['an Arabic town a preposition puts after a spokesman', 'وقال المتحدث باسم الجيش في الموصل إن', 'الموصل'],
    [
      'a town after a place noun and "of", then described',
      'Rockets fell on the town of Tal Mosul, a ruin',
      'Mosul',
    ],
    [
      'a town after a faith, then described',
      'Clashes spread across Sunni Mosul, the biggest town there',
      'Mosul',
    ],
    [
      'a town set off by commas after a locative',
      'Fighting raged to the south, near Mosul, was heavy',
      'Mosul',
    ],
    ['a town before a person’s three names', 'In Mosul Fadhel al-Jubouri, a tribal elder, was shot', 'Mosul'],
    [
      'a town heading the name of a state office of its own',
      'The Mosul Regional Directorate of customs was hit by a parcel bomb',
      'Mosul',
    ],
    [
      'a town heading the name of its transit line',
      'The Mosul Light Transit lost a depot to arsonists',
      'Mosul',
    ],
  ])('but keeps %s', (_why, text, surface) => {
    expect(places(text)).toContain(`${surface}=place:iq:mosul`);
  });
});

describe('a place’s name inside a person’s name the report gives', () => {
  it.each([
    [
      'a country after a title and a given name',
      'Gunmen shot Sheikh Omar Georgia near Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'a country closing a run of three capitalised words',
      'Rebels killed Hermes Vidal Georgia at his farm',
      [],
    ],
    ['a town heading a name the report describes', 'Gunmen seized Mosul Haddad, a teacher, at home', []],
  ])('drops %s', (_why, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    [
      'a country after ordinary words and a day',
      'Fighting flared in Georgia Sunday, officials said',
      'Georgia=country:GE',
    ],
    [
      'a country described after a list',
      'Talks between Baghdad and Georgia, a small state, failed',
      'Georgia=country:GE',
    ],
    [
      'a country heading a firm the report describes',
      'Georgia Telecom, the carrier, lost a mast',
      'Georgia=country:GE',
    ],
    [
      'a town and a word a locative puts on the map',
      'Shells fell near Mosul Haddad, a village',
      'Mosul=place:iq:mosul',
    ],
  ])('keeps %s', (_why, text, expected) => {
    expect(places(text)).toContain(expected);
  });
});

describe('a bank or a church named for a place says whose it is', () => {
  it('reads a country after "Bank of" as an owner, not where it happened', () => {
    const text = 'Arsonists torched a Bank of Georgia branch in Mosul overnight';
    expect(places(text)).toEqual(['Mosul=place:iq:mosul']);
    expect(owners(text)).toEqual(['Georgia=country:GE']);
  });

  it('keeps a country a bank stands in', () => {
    expect(places('Arsonists torched a bank in Georgia overnight')).toEqual(['Georgia=country:GE']);
  });
});

describe('a country heading an organisation’s name says whose the body is', () => {
  it('reads the country of a movement or a committee through its nationality', () => {
    const text = 'Rebels kidnapped two members of the France Liberation Movement near the river';
    expect(places(text)).toEqual([]);
    expect(owners(text)).toEqual(['France=country:FR']);
  });

  it('keeps the country of a firm named for it, which most often trades at home', () => {
    expect(places('Rebels bombed a plant of the Egypt Portland Cement Company')).toEqual([
      'Egypt=country:EG',
    ]);
  });
});

describe('a city heading a family’s or a tribe’s name of two words', () => {
  it('is a surname or a forebear’s name, not the scene', () => {
    expect(places('A grenade hit the gate of the Mosul Haddad family late on Friday')).toEqual([]);
    expect(places('Gunmen of the Mosul Zubaidi tribe held two engineers for a week')).toEqual([]);
  });

  it('stays a place before a faith’s word, or with no kin noun after the name', () => {
    expect(places('A grenade hit the gate of the Mosul Christian family late on Friday')).toEqual([
      'Mosul=place:iq:mosul',
    ]);
  });
});

describe('a city between a person’s role in lower case and a capitalised word', () => {
  it('is a given name: the word after it the surname', () => {
    expect(places('Gunmen shot dead party member Mosul Karimov outside his shop')).toEqual([]);
  });

  it('stays a place when a place noun or a body’s word follows', () => {
    expect(places('The commander Mosul Police named was shot at dawn')).toEqual(['Mosul=place:iq:mosul']);
  });
});

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeMentions, townMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase({ dataDir: fileURLToPath(new URL('./fixtures/kb/', import.meta.url)) });

const places = (text: string): string[] => placeMentions(kb, text, { demonyms: false });

const shippedBase = loadKnowledgeBase({});

describe('a firm’s or a facility’s town may lie across a border from where the sentence places it', () => {
  it('drops the town a bank is named after when its branch is put in a town abroad', async () => {
    const shipped = await shippedBase;
    const text = 'Police defused a pipe bomb left outside the Santander Bank office in Santiago on Monday.';
    expect(placeMentions(shipped, text, { demonyms: false })).toEqual(['Santiago=place:cl:santiago']);
  });

  it('drops the town a mosque is named after when the sentence puts the mosque in a town abroad', async () => {
    const shipped = await shippedBase;
    const text = 'Unknown men torched the Al-Quds mosque in west Mosul last night.';
    expect(placeMentions(shipped, text, { demonyms: false })).toEqual(['Mosul=place:iq:mosul']);
  });
});

describe('a firm’s town gives way to a place a later sentence puts on the map', () => {
  it('drops the town an insurance firm is named after when the next sentence names where it happened', async () => {
    const shipped = await shippedBase;
    const text =
      'A manager of the Lisbon Insurance Company was stabbed on Tuesday. Police in Porto said the attacker fled on foot.';
    expect(townMentions(shipped, text, { bySentence: true })).toEqual(['Porto=place:pt:oporto']);
  });

  it('keeps the town a hospital is named after, which stands most often in it', async () => {
    const shipped = await shippedBase;
    const text = 'A nurse was shot outside the Kirkuk General Hospital. Her family lives in Tuz Khurmatu.';
    expect(townMentions(shipped, text, { bySentence: true })).toEqual([
      'Kirkuk=place:iq:kirkuk',
      'Tuz Khurmatu=place:iq:tuz-khurmatu',
    ]);
  });
});

describe('a firm named after a town abroad, with its branch’s town named after it, is not the place', () => {
  it.each([
    [
      'a bank named "of" a foreign town',
      'Gunmen robbed one Bank of Boston branch in Lima',
      ['Lima=place:pe:lima'],
    ],
    [
      'a bank named after a foreign town and province',
      'A grenade damaged the Santander Bank office in Caracas',
      ['Caracas=place:ve:caracas'],
    ],
    [
      'a bank named "of" a foreign town, after the town it stands in',
      'Rioters in Lima threw stones at the local Bank of Boston office',
      ['Lima=place:pe:lima'],
    ],
    [
      'a bank named "of" a town, with nothing else named',
      'Gunmen robbed a Bank of Boston branch at dawn',
      ['Boston=place:us:boston'],
    ],
    [
      'a town spelled with an apostrophe that ends in "at", before a college’s noun that is also a town',
      "A bomb went off at Her'at University's library",
      ["Her'at=place:af:herat"],
    ],
  ])('%s', async (_label, text, expected) => {
    const shipped = await shippedBase;
    expect(placeMentions(shipped, text, { demonyms: false })).toEqual(expected);
  });
});

describe('a town the scene is told from as a bearing gives way to the place its sentence names', () => {
  it.each([
    [
      'the bearing first, the scene after it',
      'Gunmen ambushed a convoy west of Mosul and burned two lorries near Shirqat',
      ['Shirqat=place:iq:shirqat'],
    ],
    [
      'the scene first, the bearing told as where it lies',
      'A mortar round fell in Musayyib, some sixty kilometres south of Baghdad',
      ['Musayyib=place:iq:musayyib'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['a bearing alone is the only clue', 'A patrol was ambushed north of Mosul', ['Mosul=place:iq:mosul']],
    [
      'a part of the town itself',
      'Two shops burned down in the south of Baghdad, near Mahmudiyah',
      ['Baghdad=place:iq:baghdad', 'Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'a part of the town told without "the"',
      'Two shops burned down in south of Baghdad and a car burned in Mahmudiyah',
      ['Baghdad=place:iq:baghdad', 'Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'a bearing with only where it lies after it',
      'Militants shelled an army post south of Baghdad near Mahmudiyah',
      ['Baghdad=place:iq:baghdad', 'Mahmudiyah=place:iq:mahmudiyah'],
    ],
  ])('the bearing stays: %s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('where travellers set out from or were heading gives way to where the report puts them', () => {
  it.each([
    [
      'the place told in a later sentence',
      'Mourners driving home from Hama were fired on. Hours later their burnt car turned up in Homs',
      ['Homs=place:sy:homs'],
    ],
    [
      'both ends of the journey, the blast near a third town in the next sentence',
      'A roadside charge struck villagers walking from Baghdad to Mosul. It had been buried near Mahmudiyah',
      ['Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'a town far from the one named after "in"',
      'Officers came upon the corpse of a teacher from Mosul in western Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('keeps a journey’s ends when no other place is named', () => {
    expect(
      places('A roadside charge struck villagers walking from Baghdad to Mosul. Nobody was hurt'),
    ).toEqual(['Baghdad=place:iq:baghdad', 'Mosul=place:iq:mosul']);
  });

  it('keeps a town near the one named after "in", which may hold it', () => {
    expect(places('Officers came upon the corpse of a farmer from Mahmudiyah in Musayyib district')).toEqual([
      'Mahmudiyah=place:iq:mahmudiyah',
      'Musayyib=place:iq:musayyib',
    ]);
  });
});

describe('an official’s town gives way to a scene the next sentence tells', () => {
  it.each([
    [
      'the scene in the next sentence',
      'A blast missed the convoy of the Mosul governor on Sunday. The charge had been buried near Mahmudiyah',
      ['Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'the next sentence names a place without putting it on the map',
      'Rebels shot the Mosul governor. Police later searched Baghdad',
      ['Mosul=place:iq:mosul', 'Baghdad=place:iq:baghdad'],
    ],
    [
      'only a sentence two further on names another',
      'Rebels shot the Mosul governor. He was taken to hospital. Later a bomb went off in Baghdad',
      ['Mosul=place:iq:mosul', 'Baghdad=place:iq:baghdad'],
    ],
    [
      'a resident’s town does not reach into the next sentence',
      'Rebels shot a resident of Mosul. Later a bomb went off in Baghdad',
      ['Mosul=place:iq:mosul', 'Baghdad=place:iq:baghdad'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(townMentions(kb, text, { bySentence: true })).toEqual(expected);
  });
});

describe('where fire came from gives way to where it was aimed', () => {
  it.each([
    [
      'fire opened from a town',
      'Gunmen opened fire from Tal Abyad on a patrol near Hama',
      ['Hama=place:sy:hama'],
    ],
    [
      'fire from the direction of a town',
      'Snipers fired from the direction of Shirqat at a farm near Mosul',
      ['Mosul=place:iq:mosul'],
    ],
    [
      'fire from the village a town is',
      'Snipers fired from the village of Shirqat at a car outside Mosul',
      ['Mosul=place:iq:mosul'],
    ],
    [
      'rockets from a part of a town',
      'Two rockets were launched from northern Mosul into Shirqat',
      ['Shirqat=place:iq:shirqat'],
    ],
    [
      'the town the firing side stood in',
      'Militants in northern Mosul fired rockets toward Shirqat',
      ['Shirqat=place:iq:shirqat'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('keeps the town the gunmen fired in when no target place is named', () => {
    expect(places('Two gunmen in Mosul shot at a policeman')).toEqual(['Mosul=place:iq:mosul']);
  });
});

import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './index.js';
import { townMentions } from './knowledge-fixtures.js';

const kb = await loadKnowledgeBase();

const towns = (text: string): string[] => townMentions(kb, text);

describe('an embassy in an article that names its host country and no town of it', () => {
  it('stands in the city the host keeps embassies in', () => {
    expect(towns('JORDAN.  Two shots were fired at the Danish Embassy overnight.')).toEqual([
      'Embassy=place:jo:amman',
    ]);
  });

  it('is no town when the article names a town of the host', () => {
    expect(towns('JORDAN.  Two shots were fired at the Danish Embassy near Zarqa.')).toEqual([
      'Zarqa=place:jo:zarqa',
    ]);
  });

  it('is no town when a town the base may lack is named right after it', () => {
    expect(towns('JORDAN.  Two shots were fired at the Danish Embassy in Wadi Sir.')).toEqual([]);
  });

  it('places an ambassador there too, and an embassy told in the host country itself', () => {
    expect(towns('JORDAN.  Two shots were fired at the residence of the Danish ambassador.')).toEqual([
      'ambassador=place:jo:amman',
    ]);
    expect(towns('A bomb went off near the home of the Danish ambassador to Jordan.')).toEqual([
      'ambassador=place:jo:amman',
    ]);
    expect(towns('JORDAN.  Two shots were fired at the Danish Embassy in Jordan.')).toEqual([
      'Embassy=place:jo:amman',
    ]);
  });

  it("stands in the host's capital when the table leaves the host out", () => {
    expect(towns('MALTA.  Two shots were fired at the Danish Embassy overnight.')).toEqual([
      'Embassy=place:mt:valletta',
    ]);
  });

  it("stands in the host a chronology's entry is filed under, whatever other countries it names", () => {
    const text = 'JORDAN.  Rockets hit the Danish Embassy as the Prime Minister of Denmark flew to Egypt.';
    expect(towns(text)).toEqual(['Embassy=place:jo:amman']);
  });

  it('is no town when a mission is told in a town the base may lack', () => {
    const text = 'JORDAN.  A bomb hit the Danish consulate in Wadi Sir, which the ambassador had left.';
    expect(towns(text)).toEqual([]);
  });

  it("is no town when an ambassador's country is named only as the owner", () => {
    expect(towns("Two shots were fired at Denmark's ambassador.")).toEqual([]);
  });

  it('is no town when the article names only owners and nationalities', () => {
    expect(towns('Two shots were fired at the Danish Embassy by a Jordanian man.')).toEqual([]);
    expect(towns('Two shots were fired at the Embassy of Denmark.')).toEqual([]);
    expect(towns("Two shots were fired at Denmark's embassy.")).toEqual([]);
  });

  it('is no town when the article names a town abroad', () => {
    expect(towns('JORDAN.  The Danish Embassy said two shots were fired at its consulate in Aden.')).toEqual([
      'Aden=place:ye:aden',
    ]);
  });
});

describe('an embassy an Arabic article names, «سفارة»', () => {
  it('stands in the city its host keeps embassies in, the host named after «في»', () => {
    expect(towns('أطلق مسلحون النار على السفارة النرويجية في الأردن فجر الخميس دون وقوع إصابات.')).toEqual([
      'السفارة=place:jo:amman',
    ]);
  });

  it('is no town when the country is only its owner', () => {
    expect(towns('تظاهر العشرات أمام سفارة الأردن احتجاجا على القرار.')).toEqual([]);
  });

  it('is no town when a town the base may lack is named right after it', () => {
    expect(towns('أطلق مسلحون النار على السفارة النرويجية في وادي الشتاء بالأردن.')).toEqual([]);
  });
});

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';
import { afterGivenName } from './arabic-given-names.js';
import type { NameMatch } from './mention-matcher.js';

const kb = await loadKnowledgeBase({ dataDir: fileURLToPath(new URL('./fixtures/kb/', import.meta.url)) });

const places = (text: string): string[] => placeMentions(kb, text, { demonyms: false });

describe('an Arabic given name next to a town’s name makes a person’s name of the two', () => {
  it.each([
    [
      'a town before an Arabic given name, the father’s',
      'Gunmen shot Mosul Hassan in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    ['a given name before the article and a family name', 'Mourners carried Mosul al-Hadidi home', []],
    [
      'a country as a given name before a family name',
      'Relatives of Libya Al Hadidi gathered in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    ['a region after a known given name', 'Mourners buried Hamid Virginia on Monday', []],
    ['a town after a given name spelled as in Afghanistan', 'Gunmen shot Yousuf Mosul near his home', []],
    ['a town after "Younes"', 'Gunmen shot Younes Mosul near his home', []],
  ])('%s', (_why, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['a town a locative puts before a given name', 'In Mosul Ali Hassan was arrested', 'Mosul'],
    ['a town before the article and a part of it', 'Shells fell on Mosul al-Jadida overnight', 'Mosul'],
    ['a town a locative puts before the article', 'Rockets fell in Mosul al-Hadidi quarter', 'Mosul'],
    ['a town before a name closed by a place noun', 'Mortars hit Mosul al-Hadidi District', 'Mosul'],
    [
      'a town a bearing puts before a given name',
      'Snipers pinned down a patrol in western Mosul Hassan said',
      'Mosul',
    ],
    ['a town a bearing puts before the article', 'Mortars hit southern Mosul al-Hadidi overnight', 'Mosul'],
    [
      'a town before a road written in lower case',
      'A mine struck a lorry on the Mosul al-Hadidi highway',
      'Mosul',
    ],
  ])('but keeps %s', (_why, text, surface) => {
    expect(places(text)).toContain(`${surface}=place:iq:mosul`);
  });

  it('keeps a region set off from a given name by a comma', () => {
    expect(places('Mourners buried Hamid, Virginia police said')).toContain('Virginia=region:us:virginia');
  });
});

describe('a particle next to a town’s name makes a person’s name of the two', () => {
  it.each([
    ['a town after a particle and the article', 'Gunmen shot General Salim Abd-al-Hamzah in Baghdad'],
    ['a town after a particle', 'Relatives of Abu Hamza gathered in Baghdad'],
    [
      'a town before a particle, the owner after a bare "of"',
      'Gunmen burned the car of Mosul Abdul-Karim in Baghdad',
    ],
    [
      'a town before a given name, the owner after a bare "of"',
      'Gunmen burned the house of Mosul Hassan in Baghdad',
    ],
  ])('%s', (_why, text) => {
    expect(places(text)).toEqual(['Baghdad=place:iq:baghdad']);
  });

  it.each([
    ['a town a locative puts before a particle', 'In Mosul Abdul-Karim was arrested'],
    ['a town a place noun and "of" put before a given name', 'Shells hit the outskirts of Mosul Hassan said'],
  ])('but keeps %s', (_why, text) => {
    expect(places(text)).toContain('Mosul=place:iq:mosul');
  });
});

describe('afterGivenName reads the given name back from the end of the words before the match', () => {
  // The patterns the reading stands for: a known given name (a few of the list) or a particle, then the match.
  const givenName = /(?:^|[\s(,])(?:Mohammed|Hassan|Hasan|Ali|Said|Saeed|Sami|Samir|Abdullah|Hadi|Mahdi)\s$/u;
  const particle =
    /(?:^|[\s(,])(?:Abdul|Abdel|Abdal|Abdol|Abdur|Abd|Abu|Abou|Bin|Ibn)[\s-](?:(?:al|el)[\s-])?$/iu;
  it.each([
    'the lawyer Hassan ',
    'Hassan ',
    'lawyer (Hassan ',
    'lawyers,Hassan ',
    'Mr-Hassan ',
    'hassan ',
    'Hassans ',
    'Hassan  ',
    'Hassan\t',
    'Hassan',
    ' ',
    '',
    'Mohammed Ali ',
    'aliHassan ',
    'Sami Samir ',
    'the town of Abu ',
    'a man named Abdul ',
    'the Said ',
    'a long line of words then Mahdi ',
  ])('tells %j as the patterns do', (lead) => {
    const text = `${lead}Karbala`;
    const match = { span: [lead.length, text.length] } as unknown as NameMatch;
    const before = text.slice(Math.max(0, lead.length - 16), lead.length);
    expect(afterGivenName(text, match)).toBe(givenName.test(before) || particle.test(before));
  });
});

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase({ dataDir: fileURLToPath(new URL('./fixtures/kb/', import.meta.url)) });

const places = (text: string): string[] => placeMentions(kb, text, { demonyms: false });

describe('a place’s name inside a group’s name is not where anything happened', () => {
  it.each([
    ['an Arabic group noun before the article', 'Saraya al-Hamza claimed the blast in Baghdad'],
    ['an Arabic group noun before a bare name', 'Fighters of Liwa Hamza seized a lorry in Baghdad'],
    ['a civic forum named after a town', 'A member of the Mosul Forum was beaten in Baghdad'],
    ['a club named after its town', 'A bomb hit a bar full of Mosul United fans in Baghdad'],
    ['a group shortened to the site it is named after', 'Tahrir Square activists were shot in Baghdad'],
  ])('%s', (_why, text) => {
    expect(places(text)).toEqual(['Baghdad=place:iq:baghdad']);
  });

  it.each([
    [
      'a site named as where it happened',
      'Two activists were shot in Tahrir Square',
      'Tahrir Square=place:eg:tahrir-square',
    ],
    ['a town whose militants are named after it', 'Mosul militants shot two guards', 'Mosul=place:iq:mosul'],
    [
      'a town after an Arabic group noun written as a word',
      'The Ansar of Mosul fired at a patrol',
      'Mosul=place:iq:mosul',
    ],
  ])('but keeps %s', (_why, text, expected) => {
    expect(places(text)).toContain(expected);
  });
});

describe('a country heading an aid, demining or cultural body’s name', () => {
  const all = (text: string): string[] => placeMentions(kb, text);

  it.each([
    ['a foundation, by its nationality', 'Gunmen shot a driver of the Iraqi Foundation for Mine Action'],
    ['a demining body, by its name', 'A mine killed two men of the Iraq Demining Movement'],
    ['a cultural body', 'Shots were fired outside the Iraqi Cultural Association'],
  ])('says nothing of the scene: %s', (_why, text) => {
    expect(all(text)).toEqual([]);
  });

  it('while a town heading a development body’s name keeps its place', () => {
    expect(places('A bomb damaged the Mosul Development Committee office')).toEqual(['Mosul=place:iq:mosul']);
  });

  it('and a national body keeps its country', () => {
    expect(all('A bomb hit the Iraqi National Development Fund')).toEqual(['Iraqi=country:IQ']);
  });
});

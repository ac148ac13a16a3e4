import { describe, expect, it } from 'vitest';
import { abbreviatedSaint } from './name-tokens.js';
import { loadKnowledgeBase } from './index.js';
import { placeMentions } from './knowledge-fixtures.js';

const kb = await loadKnowledgeBase();

const places = (text: string): string[] => placeMentions(kb, text);

describe('abbreviatedSaint writes a saint’s title as news shortens it', () => {
  it.each([
    ['Saint Cloud', 'St Cloud'],
    ['Sainte-Foy', 'Ste-Foy'],
    ['Saint-Martin-de-Ré', 'St-Martin-de-Ré'],
  ])('%s', (name, short) => {
    expect(abbreviatedSaint(name)).toBe(short);
  });

  it('leaves a name without the title, or with it inside another word, alone', () => {
    expect(abbreviatedSaint('Santa Fe')).toBeNull();
    expect(abbreviatedSaint('Saintes')).toBeNull();
  });
});

describe('a town the base names "Saint …" is read where news writes "St." or "St"', () => {
  it.each([
    ['Activists set fire to a lab on the St. Paul campus in Minnesota', 'St. Paul'],
    ['The flight left St John in Canada an hour late', 'St John'],
    ['Youths threw stones at riot police in St-Denis north of Paris', 'St-Denis'],
    ['A parcel bomb hurt a clerk at a bank in St-Etienne, France', 'St-Etienne'],
  ])('%s', (text, surface) => {
    expect(places(text).map((p) => p.split('=')[0])).toContain(surface);
  });

  it('is the same entity as the name written out', () => {
    const short = places('Two cars burned in St. Paul, Minnesota')[0]?.split('=')[1];
    const long = places('Two cars burned in Saint Paul, Minnesota')[0]?.split('=')[1];
    expect(short).toBeDefined();
    expect(short).toBe(long);
  });
});

describe('a saint’s name that a parish, a school or a hospital takes is no small town abroad', () => {
  it.each([
    "Vandals smashed the windows of St. Joseph's in the square",
    'Rioters stoned the St. Joseph Cathedral after the match',
  ])('%s', (text) => {
    expect(places(text)).toEqual([]);
  });
});

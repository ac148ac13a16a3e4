import { describe, expect, it } from 'vitest';
import { placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

const places = (text: string): string[] => placeMentions(kb, text);

describe('a province noun after a name whose province ranks first', () => {
  it('keeps the province over a town abroad that "the" before the name would cue', () => {
    expect(places('Gunmen burned two lorries in the Santander department of Colombia on Sunday.')).toEqual([
      'Santander=region:co:santander',
      'Colombia=country:CO',
    ]);
    expect(places('Rebels blew up a pylon near the Santander department line.')).toEqual([
      'Santander=region:co:santander',
    ]);
  });

  it('leaves the town where no province noun follows', () => {
    expect(places('A letter bomb was found in the Santander post office.')).toEqual([
      'Santander=place:es:santander',
    ]);
  });
});

describe('a name in a list of provinces', () => {
  it('reads each name as its province where a plural province noun heads the list', () => {
    expect(places('Fighting went on all week across the provinces of Hama and Homs.')).toEqual([
      'Hama=region:sy:hama',
      'Homs=region:sy:homs',
    ]);
  });

  it('reads each name as its province where the plural noun closes the list', () => {
    expect(places('Jets struck targets in the Raqqa and Deir ez-Zor provinces overnight.')).toEqual([
      'Raqqa=region:sy:raqqa',
      'Deir ez-Zor=region:sy:deir-ez-zor',
    ]);
  });

  it('leaves a town named on its own as the town', () => {
    expect(places('Two lorries were torched in Homs at dawn.')).toEqual(['Homs=place:sy:homs']);
  });
});

describe('"X province" where the town X ranks first', () => {
  it('reads the province where the article names another place in it', () => {
    expect(
      places('Raiders torched a depot in Yala province. The blaze spread from Bannang Sata district.'),
    ).toEqual(['Yala=region:th:yala', 'Bannang Sata=place:th:bannang-sata']);
  });

  it('reads "the province of X" as "X province"', () => {
    expect(places('Gunmen burned a clinic in the province of Yala, in Bannang Sata district.')).toEqual([
      'Yala=region:th:yala',
      'Bannang Sata=place:th:bannang-sata',
    ]);
  });

  it('leaves the town where the article names no other place of the province', () => {
    expect(places('Raiders torched a depot in Yala province overnight.')).toEqual(['Yala=place:th:yala']);
  });
});

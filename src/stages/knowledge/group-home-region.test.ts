import { describe, expect, it } from 'vitest';
import { placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

const places = (text: string): string[] => placeMentions(kb, text);

describe('an armed group named after the region it fights in', () => {
  it('tells the region when the report names no place of its own', () => {
    expect(places('Fighters of the United Liberation Front of Assam ambushed a patrol at dawn.')).toEqual([
      'Assam=region:in:assam',
    ]);
    expect(places('The Movement for the Emancipation of the Niger Delta cut a pipeline overnight.')).toEqual([
      'Niger Delta=region:ng:niger-delta',
    ]);
  });

  it('adds nothing where the report names a town', () => {
    expect(places('The United Liberation Front of Assam set off a bomb in Guwahati.')).toEqual([
      'Guwahati=place:in:guwahati',
    ]);
  });

  it('reads no region from a people’s name the group takes', () => {
    expect(places('Basque Fatherland and Freedom claimed a car bomb that shook a barracks.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

const places = (text: string): string[] => placeMentions(kb, text);

describe('namesakes met through a loosened spelling', () => {
  it('are the one written as the text writes it: "Mallawi" beside its province is the Egyptian town', () => {
    expect(places('Arsonists burned a chapel in Mallawi in Minya province overnight.')).toEqual([
      'Mallawi=place:eg:mallawi',
      'Minya=region:eg:minya',
    ]);
  });

  it('leave no country met only through the loosened key when a town is written so: "Mallawi" alone', () => {
    expect(places('Masked men shot two farmers in Mallawi on a Sunday night.')).toEqual([
      'Mallawi=place:eg:mallawi',
    ]);
  });

  it('leave the country its own spelling: "Malawi" stays the country', () => {
    expect(places('Arsonists burned a chapel in Malawi overnight.')).toEqual(['Malawi=country:MW']);
  });
});

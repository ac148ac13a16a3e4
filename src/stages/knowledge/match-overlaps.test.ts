import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './index.js';
import { placeMentions } from './knowledge-fixtures.js';

const kb = await loadKnowledgeBase();

describe('two overlapping names of as many words', () => {
  it('leave a leading "at" to the preposition when the name after it is as long', () => {
    expect(placeMentions(kb, "Two rockets were launched at Tall Zu'rub overnight.")).toEqual([
      "Tall Zu'rub=place:ps:rafah:tel-zorob",
    ]);
  });

  it('still read the transliterated article as part of a name nothing else claims', () => {
    expect(placeMentions(kb, 'Shells landed on At Tall north of Damascus.')).toEqual([
      'At Tall=place:sy:al-tall',
      'Damascus=place:sy:damascus',
    ]);
  });
});

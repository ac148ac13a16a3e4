import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=id` for each town mention of `text`. */
const towns = (text: string): string[] =>
  findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.kind === 'city')
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);

describe('a Syrian town named after the Baath Party', () => {
  it('is the town in Quneitra when shelled there', () => {
    expect(towns('Another shelling took place in al-Baath the province of Quneitra.')).toEqual([
      'al-Baath=place:sy:madinat-al-baath',
    ]);
  });

  it('is no town when the words name the party', () => {
    expect(towns('Members of the ruling al-Baath Party met in Damascus.')).toEqual([
      'Damascus=place:sy:damascus',
    ]);
  });
});

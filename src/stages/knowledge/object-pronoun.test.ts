import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase({ dataDir: fileURLToPath(new URL('./fixtures/kb/', import.meta.url)) });

/** Whether the text names the United States. */
const namesUs = (text: string): boolean =>
  findMentions(kb, text, [[0, text.length]]).some((m) => m.entity_id === 'country:US');

describe('"US" in a line written in capitals', () => {
  it('is the pronoun after a verb or a preposition that takes it, with no noun after', () => {
    expect(namesUs('VILLAGE ELDER SAYS THE JETS HIT US HARD\n\nAn elder spoke on Monday.')).toBe(false);
    expect(namesUs('"THE WHOLE WORLD IS AGAINST US," SAYS REBEL CHIEF\n\nHe spoke on Monday.')).toBe(false);
  });

  it('is the United States before a noun, and in a line of mixed case', () => {
    expect(namesUs('PROTEST AGAINST US BASE GROWS\n\nHundreds marched on Monday.')).toBe(true);
    expect(namesUs('JETS BOMB US CONVOY\n\nTwo trucks burned.')).toBe(true);
    expect(namesUs('REBELS FIGHT AGAINST US-BACKED TROOPS\n\nThe clashes went on.')).toBe(true);
    expect(namesUs('Rebels said the strikes were aimed at the US.')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every actor mention, in text order. */
function actors(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.entity_id.startsWith('actor:'))
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('a short name that groups of several countries share', () => {
  it('is the group the article names in full, even when it goes on to name another country', () => {
    expect(
      actors(
        'Fighters of the Communist Party of Nepal (Maoist) wrecked a dairy. The Maoists said the dairy sold milk to India.',
      ),
    ).toContain('Maoists=actor:cpn-maoist');
  });

  it('keeps following the country when no group is named in full', () => {
    expect(actors('Maoists wrecked a dairy near Ranchi in Jharkhand.')).toContain('Maoists=actor:cpi-maoist');
  });
});

import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every mention, in text order. */
function mentions(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]]).map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('a country code written on a sum of money', () => {
  it('is no mention of the country', () => {
    for (const text of [
      'Raiders burned a sawmill, causing losses of US$3 million.',
      'The gang asked the farmer for US $75,000 before dawn.',
      'The kidnappers were paid $20,000 (US) by the family.',
      'The kidnappers were paid 20,000 US dollars by the family.',
    ])
      expect(mentions(text).filter((m) => m.endsWith('=country:US'))).toEqual([]);
  });

  it('leaves the country named beside a sum, or before a bracket that holds no sum, as it was', () => {
    expect(mentions('A US diplomat paid $3,000 for the repairs.').some((m) => m.startsWith('US='))).toBe(
      true,
    );
    expect(mentions('Two aid workers (US) were seized at dawn.').some((m) => m.startsWith('US='))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every militia mention, in text order. */
function actors(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.entity_id?.endsWith('-militia-libya'))
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('communities named as the two sides of a fight', () => {
  it('read as their militias after «بين … و…»', () => {
    expect(actors('تجددت المواجهات أمس بين الطوارق والتبو في الجنوب.')).toEqual([
      'الطوارق=actor:tuareg-militia-libya',
      'التبو=actor:tubu-militia-libya',
    ]);
  });

  it('read as their militias after «قبيلتي»', () => {
    expect(actors('سقط قتلى في معارك بين مسلحين من قبيلتي التبو والطوارق.')).toEqual([
      'التبو=actor:tubu-militia-libya',
      'الطوارق=actor:tuareg-militia-libya',
    ]);
  });

  it('are left alone when one of the pair names no militia', () => {
    expect(actors('اندلعت اشتباكات بين الطوارق والسكان المحليين.')).toEqual([]);
  });
});

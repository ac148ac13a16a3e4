import { describe, expect, it } from 'vitest';
import type { Entity, KnowledgeBase } from './kb-types.js';
import { withCommunalSides } from './communal-sides.js';
import { findMentions, loadKnowledgeBase } from './index.js';
import { townEntity } from './knowledge-fixtures.js';
import { addEntityNames, createTrie } from './name-trie.js';
import { packTrie } from './packed-trie.js';

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

  it('are placed on their own words when the first word is written inside the second', () => {
    const militias: Entity[] = [
      { ...townEntity('zayn-militia', 'Zayn militia', 'ميليشيا الزين'), kind: 'group' },
      { ...townEntity('zaynata-militia', 'Zaynata militia', 'ميليشيا الزيناتة'), kind: 'group' },
    ];
    const built = createTrie();
    for (const e of militias) addEntityNames(built, e);
    const small: KnowledgeBase = {
      entities: new Map(militias.map((e) => [e.id, e])),
      trie: packTrie(built, militias),
      sources: [],
    };
    const text = 'تواصل القتال بين الزين والزيناتة ليلة أمس.';
    const found = withCommunalSides(small, text, [[0, text.length]], []);
    expect(found.map((m) => `${text.slice(...m.span)}=${m.entity_id}`)).toEqual([
      'الزين=zayn-militia',
      'الزيناتة=zaynata-militia',
    ]);
  });
});

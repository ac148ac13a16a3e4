import { describe, expect, it } from 'vitest';
import { CIVILIANS } from '../../core/civilians.js';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

describe('the Civilians the event rules name', () => {
  it('is the shipped knowledge base’s entry, with its Arabic name', () => {
    const entry = kb.entities.get(CIVILIANS.entity_id);
    expect([entry?.name_en, entry?.name_ar]).toEqual([CIVILIANS.name, 'المدنيون']);
  });

  it.each([
    ['Gunmen fired on civilians in the market', 'civilians'],
    ['أطلق مسلحون النار على المدنيين في السوق', 'المدنيين'],
  ])('is what a mention of civilians names: %s', (text, word) => {
    const mentions = findMentions(kb, text, [[0, text.length]]);
    expect(mentions.find((m) => m.span[0] === text.indexOf(word))).toMatchObject(CIVILIANS);
  });
});

import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every mention the shipped base finds in `text`, in text order. */
function found(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]]).map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('a bare "loyalist(s)" in an article naming no country', () => {
  it('reads Ulster’s loyalist paramilitaries, capitalised or not', () => {
    expect(found('Detectives say loyalists left the device on a garden wall.')).toEqual([
      'loyalists=actor:loyalist-paramilitaries',
    ]);
    expect(found('Loyalist gangs were blamed for the fire at the pub.')).toEqual([
      'Loyalist=actor:loyalist-paramilitaries',
    ]);
  });

  it('leaves loyalists of someone, after a name, and loyalist forces alone', () => {
    expect(found('Zorvan loyalists shelled the ridge.')).toEqual([]);
    expect(found('The loyalists of the old colonel fled.')).toEqual([]);
    expect(found('A pro-palace loyalists’ rally was broken up.')).toEqual([]);
    expect(found('A loyalist militia took the bridge.')).toEqual([]);
  });

  it('adds nothing when the article names a country', () => {
    expect(found('Loyalists marched through a town in Kenya.')).toEqual(['Kenya=country:KE']);
  });
});

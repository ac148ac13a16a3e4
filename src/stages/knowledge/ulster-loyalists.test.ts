import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every mention the shipped base finds in `text`, in text order. */
function found(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]]).map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('the words of Ulster’s conflict in an article naming no country', () => {
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

  it('reads "Protestant extremists" as the paramilitaries and a Catholic or Protestant family as Northern Ireland', () => {
    expect(found('Protestant extremists were blamed for the device.')).toEqual([
      'Protestant=actor:loyalist-paramilitaries',
    ]);
    expect(found('Someone lobbed a firework through the door of a Catholic family.')).toEqual([
      'Catholic=region:gb:northern-ireland',
    ]);
  });

  it('leaves a Catholic church or priest alone', () => {
    expect(found('Arsonists burned a Catholic church overnight.')).toEqual([]);
    expect(found('A Catholic priest was kidnapped on his way home.')).toEqual([]);
  });

  it('adds nothing when the article names a country', () => {
    expect(found('Loyalists marched through a town in Kenya.')).toEqual(['Kenya=country:KE']);
  });
});

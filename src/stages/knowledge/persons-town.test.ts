import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every mention, in text order. */
const mentions = (text: string): string[] =>
  findMentions(kb, text, [[0, text.length]]).map((m) => `${text.slice(...m.span)}=${m.entity_id}`);

describe('a name a person and a town both bear', () => {
  it('is the town right after a locative or a place noun', () => {
    expect(mentions('A mine hit a patrol near al-Baghdadi on Sunday.')).toEqual([
      'al-Baghdadi=place:iq:khan-al-baghdadi',
    ]);
    expect(mentions('The mayor of al-Baghdadi resigned.')).toEqual(['al-Baghdadi=place:iq:khan-al-baghdadi']);
  });

  it('stays the person elsewhere', () => {
    expect(mentions('A speech by al-Baghdadi was released.')).toEqual([
      'al-Baghdadi=actor:person:abu-bakr-al-baghdadi',
    ]);
  });
});

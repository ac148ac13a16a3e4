import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** The entity of the first actor mention of `text`, published on `published`. */
function firstActor(text: string, published?: string): string | undefined {
  return findMentions(kb, text, [[0, text.length]], undefined, { published }).find(
    (m) => m.place === undefined,
  )?.entity_id;
}

describe('a name groups of several countries share goes to the group fighting on the publication day', () => {
  it.each([
    [
      'before the Indian party was founded: Nepal’s',
      'Maoist rebels burned a bus at dawn.',
      '2003-06-02',
      'actor:cpn-maoist',
    ],
    [
      'after the Nepal peace accord: India’s',
      'Maoist rebels burned a bus at dawn.',
      '2008-03-10',
      'actor:cpi-maoist',
    ],
  ])('%s', (_, text, published, expected) => {
    expect(firstActor(text, published)).toBe(expected);
  });

  it('leaves the date aside when a place tells the country', () => {
    expect(firstActor('Maoists blew up a rail line in Jharkhand.', '2002-01-15')).toBe('actor:cpi-maoist');
    expect(firstActor('Maoists set fire to a police post in Rolpa.', '2009-01-15')).toBe('actor:cpn-maoist');
  });

  it('keeps a group the text names in full, whatever the date', () => {
    const text = 'The Communist Party of India (Maoist) said its Maoists blew up the tower.';
    const mentions = findMentions(kb, text, [[0, text.length]], undefined, { published: '2002-01-15' });
    expect(mentions.filter((m) => m.place === undefined).map((m) => m.entity_id)).toEqual([
      'actor:cpi-maoist',
      'actor:cpi-maoist',
    ]);
  });
});

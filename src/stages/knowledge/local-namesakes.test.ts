import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../core/text/normalize.js';
import { findMentions, loadKnowledgeBase } from './index.js';
import { namedAsOrigin } from './local-namesakes.js';
import { matchNames } from './mention-matcher.js';

const kb = await loadKnowledgeBase();

const placeIds = (text: string): string[] =>
  findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined)
    .map((m) => m.entity_id ?? '-');

describe('a town abroad heading a facility’s name in a story of another country', () => {
  it('names the facility, not the town', () => {
    expect(placeIds('Gunmen fired on guards outside the Havana Refinery between Kirkuk and Baghdad')).toEqual(
      ['place:iq:kirkuk', 'place:iq:baghdad'],
    );
  });

  it('keeps a town an indefinite article puts before the facility: a hotel in that town', () => {
    expect(placeIds('Exiles met at a Havana hotel before they flew to Kirkuk and Baghdad')).toContain(
      'place:cu:havana',
    );
  });

  it('keeps the town when its own country is named too', () => {
    expect(
      placeIds('Tourists queued outside the Havana Club in Cuba, far from Kirkuk and Baghdad'),
    ).toContain('place:cu:havana');
  });
});

describe('namedAsOrigin', () => {
  const origin = (text: string, name: string): boolean => {
    const view = normalizeForMatching(text);
    const match = matchNames(kb.trie, view, text, [[0, text.length]], (m) => m.senses).find(
      (m) => text.slice(...m.span) === name,
    );
    if (match === undefined) throw new Error(`no match of ${name}`);
    return namedAsOrigin(view.text, match);
  };

  it.each([
    ['A courier from Basra was stopped in Mosul', 'Basra', true],
    ['Smugglers from the Gaza Strip were caught', 'Gaza Strip', true],
    ['A courier from Basra was stopped in Mosul', 'Mosul', false],
    ['Traders came from afar with saffron and a long list of wares for Mosul', 'Mosul', false],
    ['The fromage sellers of Basra went on strike', 'Basra', false],
  ])('in %j, tells whether %j is where someone came from', (text, name, expected) => {
    expect(origin(text, name)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { placesOf } from '../../../test/support/places-of.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { fixtureDocument } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';

const nablus = placeEntity('Nablus', 'PS');
const wounded = (text: string) => resolvedEvents({ text, mentions: [['Nablus', nablus]] });

describe('people told wounded with no hand named', () => {
  it('are the incident of a text that tells no other act', () => {
    const text = 'Three guards were wounded in Nablus. A little-known front said it had ordered the raid.';
    expect(placesOf({ text, mentions: [['Nablus', nablus]] })).toEqual(['Nablus PS']);
    expect(wounded(text).map((e) => e.sub_event_type?.value)).toEqual(['Attack']);
  });

  it('reads past a word of degree between the auxiliary and the verb', () => {
    expect(wounded('A nurse was critically injured in Nablus. No group spoke of it.')).toHaveLength(1);
  });

  it('are the toll of the act the text tells beside them, not an incident of their own', () => {
    const events = wounded(
      'A bomb exploded beside a taxi rank in Nablus on Monday. Four people were wounded.',
    );
    expect(events.map((e) => e.sub_event_type?.value)).toEqual(['Remote explosive/landmine/IED']);
  });

  it('tell nothing when the wounding is denied, told of sport, a bare participle, or done by no armed hand', () => {
    expect(wounded('A teacher in Nablus moved house. No one was injured.')).toEqual([]);
    expect(wounded('The Nablus striker was injured in the match on Sunday.')).toEqual([]);
    expect(wounded('Veterans wounded in the war met in Nablus.')).toEqual([]);
    expect(wounded('A baker in Nablus was injured by a falling beam.')).toEqual([]);
  });
});

describe('a wounding made weak', () => {
  it('keeps the layout of the matcher hits and lexicon phrases, its strength weak', () => {
    const triggersOf = (text: string) =>
      buildSentenceViews(fixtureDocument({ text, mentions: [['Nablus', nablus]] }), loadEventLexicons())[0]
        .triggers;
    const [weak] = triggersOf('Two porters were wounded in Nablus.');
    const [plain] = triggersOf('A bomb exploded in Nablus.');
    expect(weak.phrase.strength).toBe('weak');
    expect(Object.keys(weak)).toEqual(Object.keys(plain));
    expect(Object.keys(weak.phrase)).toEqual(Object.keys(plain.phrase));
  });
});

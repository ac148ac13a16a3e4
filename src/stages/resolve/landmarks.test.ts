import { describe, expect, it } from 'vitest';
import type { Document, Mention } from '../../core/records.js';
import { landmarksOf } from './landmarks.js';
import { eventRecord, place } from './placed-fixture.js';

/** A mention of the town `id` on the words `words` of `text` (their first occurrence from `from`). */
function town(text: string, words: string, id: string, from = 0): Mention {
  const start = text.indexOf(words, from);
  return {
    span: [start, start + words.length],
    entity_id: id,
    kind: 'city',
    name: id,
    via: 'name',
    score: 1,
  };
}

/** The landmarks of an event placed at `site` in `text`, given the text's town mentions. */
function landmarksAt(text: string, site: string, mentions: Mention[]): string[] {
  const start = text.indexOf(site);
  const location = { ...place(site), spans: [[start, start + site.length]] as [number, number][] };
  const event = eventRecord('Air/drone strike', [0, 1], [0, text.length], { location });
  const doc: Document = { source: '', text, mentions, diagnostics: [] };
  return landmarksOf(event, doc);
}

describe('the landmarks a telling finds its place by', () => {
  it('reads a bearing from the bare capital as the town the article calls the capital elsewhere', () => {
    const text =
      'Jets bombed Kalos, and blasts rocked the capital. They hit a depot in Vira west of the capital.';
    const capital = town(text, 'capital', 'place:kalos');
    expect(landmarksAt(text, 'Vira', [town(text, 'Kalos', 'place:kalos'), capital])).toEqual(['place:kalos']);
  });

  it('reads «غربي العاصمة» the same way', () => {
    const text =
      'قصفت الطائرات مواقع في كالوس وهزت الانفجارات العاصمة. واستهدفت الغارات معسكرا في فيرا غربي العاصمة.';
    const capital = town(text, 'العاصمة', 'place:kalos');
    expect(landmarksAt(text, 'فيرا', [capital])).toEqual(['place:kalos']);
  });

  it('finds no capital when the article calls two towns the capital, or none', () => {
    const text =
      'Blasts rocked the capital, then the capital again. A depot in Vira west of the capital burned.';
    const two = [town(text, 'capital', 'place:kalos'), town(text, 'capital', 'place:mora', 30)];
    expect(landmarksAt(text, 'Vira', two)).toEqual([]);
    expect(landmarksAt(text, 'Vira', [])).toEqual([]);
  });
});

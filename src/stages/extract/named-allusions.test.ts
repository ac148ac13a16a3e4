import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const lyon = placeEntity('Lyon', 'FR');

/** Each event of a text: its type and its timing as extract tells it (null: left to resolve). */
function timings(spec: FixtureSpec): string[] {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return (doc.events ?? []).map((e) => `${e.event_type?.value}: ${e.timing?.value ?? null}`);
}

describe('an incident named as what the news came after', () => {
  it('is historical when named by its town', () => {
    const text = 'Guards have checked every bag since the Lyon airport attack.';
    expect(timings({ text, mentions: [['Lyon', lyon]] })).toEqual(['Violence against civilians: historical']);
  });

  it.each<[string, FixtureSpec]>([
    [
      'an English series named by its town and a common noun',
      { text: 'Museums have searched bags after the Lyon market bombings.', mentions: [['Lyon', lyon]] },
    ],
    [
      'an Arabic series named by its town',
      { text: 'وشددت المتاحف تفتيش الحقائب بعد هجمات ليون.', mentions: [['ليون', lyon]] },
    ],
  ])('is, as %s, background told in bulk, no event of the news', (_, spec) => {
    expect(timings(spec)).toEqual([]);
  });

  it('leaves a bare "after the attack" to the news', () => {
    const text = 'Guards searched every bag in Lyon after the attack.';
    expect(timings({ text, mentions: [['Lyon', lyon]] }).some((t) => t.endsWith('historical'))).toBe(false);
  });
});

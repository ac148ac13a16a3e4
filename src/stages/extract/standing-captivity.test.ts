import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { buildFrames } from './frame-builder.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';

const lexicons = loadEventLexicons();

/** The trigger words of every frame the sentences of a text make. */
function framed(text: string): string[] {
  const doc = fixtureDocument({ text });
  return buildSentenceViews(doc, lexicons).flatMap((view) =>
    buildFrames(view, doc.text!).flatMap((f) =>
      f.triggers.map((t) => doc.text!.slice(view.tokens[t.start].span[0], view.tokens[t.end - 1].span[1])),
    ),
  );
}

describe('captivity told as a standing state', () => {
  it('frames the release of captives, not the captivity a side was keeping them in', () => {
    const text = 'حرر الجيش 90 شخصا كانت جماعة بوكو حرام تحتجزهم في غابة سامبيسا، واعتقل أحد قادتها.';
    expect(framed(text)).toEqual(['واعتقل']);
  });

  it.each([
    'Troops rescued 40 hostages from the group in the forest and arrested its commander.',
    'The hostages were freed by troops in the forest, who arrested the commander of the group.',
  ])('frames the arrest, not the captivity of hostages another side freed: %s', (text) => {
    expect(framed(text)).toEqual(['arrested']);
  });

  it('still frames hostages taken', () => {
    expect(framed('Gunmen took 12 hostages at a hotel in the capital.')).not.toEqual([]);
  });
});

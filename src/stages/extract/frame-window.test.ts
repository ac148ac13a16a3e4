import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { buildFrames, type Frame } from './frame-builder.js';
import { reframed } from './frame-window.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';

const lexicons = loadEventLexicons();

/** The frames of a one-sentence text, as the builder gives them. */
function framesOf(text: string): Frame[] {
  const doc = fixtureDocument({ text });
  return buildSentenceViews(doc, lexicons).flatMap((view) => buildFrames(view, text));
}

describe('a frame read over other words', () => {
  const [first, second] = framesOf(
    'Gunmen from the Ostmark hills attacked a checkpoint near Lakhpur, while the ferry to Rampur was bombed.',
  );

  it('keeps the fields the builder gives a frame, in its order', () => {
    const copy = reframed(second, 0, second.view.tokens.length);
    expect(Object.keys(copy)).toEqual(Object.keys(second));
    expect(copy).toEqual({ ...second, from: 0, to: second.view.tokens.length });
  });

  it('takes other triggers, family and anaphora only when given', () => {
    const copy = reframed(second, 0, second.from, first.triggers, 'riot', true);
    expect(copy).toEqual({
      ...second,
      from: 0,
      to: second.from,
      triggers: first.triggers,
      family: 'riot',
      anaphoric: true,
    });
    expect(reframed(second, 2, 5).triggers).toBe(second.triggers);
  });
});

import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { buildFrames, mainTrigger, type Frame } from './frame-builder.js';
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

describe('the trigger a frame read over other words is anchored on', () => {
  const text = 'A teacher was shot dead in clashes between troops and rebels.';
  const [frame] = framesOf(text);
  const words = (f: Frame) => f.view.tokens[mainTrigger(f).start].norm;

  it('is the battle a killing word finishes, as the builder read it', () => {
    expect(words(frame)).toBe('clashes');
    expect(words(reframed(frame, 0, 3))).toBe('clashes');
  });

  it('is read again from other triggers given', () => {
    const shooting = frame.triggers.slice(0, 1);
    expect(mainTrigger(reframed(frame, 0, 3, shooting))).toBe(shooting[0]);
    expect(mainTrigger(frame)).not.toBe(shooting[0]);
  });
});

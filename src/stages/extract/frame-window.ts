import type { Family } from './act-families.js';
import type { Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';

/**
 * The frame read over other words of its sentence: another token window `[from, to)`, and maybe other
 * triggers, family or anaphora. Written as a literal in the field order `buildFrames` gives every frame, not
 * as a spread: a spread's copy takes a hidden class of its own, which V8 holds only weakly, so every reader
 * of frames met a second layout (and a fresh one each time the collector took it) besides the builder's.
 *
 * @example reframed(frame, 0, frame.view.tokens.length).to // the sentence's token count
 */
export function reframed(
  frame: Frame,
  from: number,
  to: number,
  triggers: PhraseHit[] = frame.triggers,
  family: Family = frame.family,
  anaphoric: boolean = frame.anaphoric,
): Frame {
  return {
    view: frame.view,
    family,
    triggers,
    from,
    to,
    background: frame.background,
    backgroundSpan: frame.backgroundSpan,
    anaphoric,
  };
}

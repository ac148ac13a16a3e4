// A war told as the backdrop of a clause — a place overrun by it, people who fled it — is a state that lasted
// weeks, not one incident with a day, sides and a toll. The languages' cue words differ; the reading is one.
import type { Frame } from './frame-builder.js';

/** The words that tell a war as a backdrop, in one language. */
export interface BackdropWords {
  /** The word before the war noun that makes it a backdrop: "engulfed", «فروا». */
  isCue: (word: string) => boolean;
  /** Nouns of war as a state or a run of blows: "fighting", «المعارك». */
  warNouns: ReadonlySet<string>;
  /** Words that may stand between the cue and the war noun: "by the", «من ويلات». */
  between: ReadonlySet<string>;
  /** How many words the cue may stand back from its war noun. */
  reach: number;
}

/**
 * Whether every trigger of the frame is a war noun (not a verb) with the cue a few allowed words before it.
 *
 * @example toldAsBackdrop(frame, OVERRUN_WORDS) // true for "Hama was ravaged by fighting in 2012"
 */
export function toldAsBackdrop(frame: Frame, words: BackdropWords): boolean {
  const tokens = frame.view.tokens;
  return frame.triggers.every((t) => {
    if (t.phrase.pos === 'verb' || !words.warNouns.has(tokens[t.end - 1]?.norm ?? '')) return false;
    for (let k = t.start - 1; k >= 0 && k >= t.start - words.reach; k--) {
      if (words.isCue(tokens[k].norm)) return true;
      if (!words.between.has(tokens[k].norm)) return false;
    }
    return false;
  });
}

import type { Frame } from './frame-builder.js';
import { toldAsBackdrop, type BackdropWords } from './war-backdrop.js';

// A place told as overrun by war ("the port was engulfed by fighting in 2014") is the background of the
// news, a state the place fell into, not one incident with a day, sides and a toll.

/** Participles that tell what a war did to a place. */
const OVERRUN = new Set(
  'engulfed ravaged torn gripped wracked racked consumed swept plunged mired embroiled devastated'.split(' '),
);
/** Nouns of war as a state: the fighting, a war, the violence, not one raid or one shelling. */
const WAR_NOUNS = new Set('fighting war violence conflict unrest combat clashes battles'.split(' '));
/** Words allowed between the participle and the war noun: "torn apart by the fighting", "plunged into civil war". */
const BETWEEN = new Set('by in into apart the a civil heavy fierce years of'.split(' '));
/** Words the participle may stand back from its war noun. */
const REACH = 4;

/**
 * Every trigger of the frame is a war noun that a place was overrun by: "was engulfed by fighting",
 * "has been torn apart by civil war", "plunged into conflict".
 *
 * @example engulfedByWar(frame) // true for "Hama was ravaged by fighting in 2012"
 */
export function engulfedByWar(frame: Frame): boolean {
  return toldAsBackdrop(frame, OVERRUN_WORDS);
}

const OVERRUN_WORDS: BackdropWords = {
  isCue: (word) => OVERRUN.has(word),
  warNouns: WAR_NOUNS,
  between: BETWEEN,
  reach: REACH,
};

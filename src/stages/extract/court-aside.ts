/** Court words that tell the setting of an act, not a ruling on it. */
import type { PhraseHit } from './phrase-matcher.js';
import { RELATIVE_PRONOUNS } from './relative-pronouns.js';
import type { SentenceView } from './sentence-view.js';

/**
 * Words that tie an act to a trial named after it: "two shops hit in raids related to the fraud trial", "set off
 * as the trial opened, to coincide with it", "the house of a witness in the Cole trial". English only.
 */
const TIED = /^(?:related|linked|tied|coincide|coinciding|connection|witness|witnesses)$/;
/** How many words before the court word the tie may stand ("to coincide with the trial"). */
const TIE_REACH = 4;

/**
 * A court word (a "court" cue) that tells what the act was tied to or whom it struck, not a ruling on the act:
 * after the trigger, tied to it by a word such as "related to" ("bombings related to the fraud trial"), or
 * before it in a relative clause closed by a comma ("Judge Omar Fadel, who sentenced a tycoon to jail, was
 * assassinated"). "Five men were sentenced over the bombing" and "the men who bombed the bus were sentenced"
 * stay rulings.
 *
 * @example courtAside(view, court, trigger, text) // true for "trial" in "bombings related to the fraud trial"
 */
export function courtAside(view: SentenceView, court: PhraseHit, trigger: PhraseHit, text: string): boolean {
  const tokens = view.tokens;
  if (court.start >= trigger.end) {
    const from = Math.max(trigger.end, court.start - TIE_REACH);
    return tokens.slice(from, court.start).some((t) => TIED.test(t.norm));
  }
  if (court.end > trigger.start || !RELATIVE_PRONOUNS.has(tokens[court.start - 1]?.norm ?? '')) return false;
  return text.slice(tokens[court.end - 1].span[1], tokens[trigger.start].span[0]).includes(',');
}

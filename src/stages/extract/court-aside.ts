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

/** Court words that describe a person by a past ruling: "a convicted smuggler", "a jailed activist". */
const RULED_ON = /^(?:convicted|jailed|imprisoned|sentenced|condemned|acquitted|indicted)$/;
const INDEFINITE = /^(?:a|an)$/;

/**
 * "the home of Sami Rahal, a convicted smuggler": a court word after an indefinite article that opens an
 * aside (a comma before it) tells who the person named is, not a ruling told as news.
 */
function describesPerson(view: SentenceView, court: PhraseHit, text: string): boolean {
  const article = view.tokens[court.start - 1];
  const before = view.tokens[court.start - 2];
  if (!RULED_ON.test(view.tokens[court.start].norm) || !INDEFINITE.test(article?.norm ?? '') || !before)
    return false;
  return text.slice(before.span[1], article.span[0]).includes(',');
}

/** Words of a demand for prisoners, that a court word after them describes: "the release of jailed comrades". */
const FREED = /^(?:release|releasing|free|freeing|freedom|exchange|swap)$/;

/**
 * "seized a consulate to demand the release of jailed comrades", "in exchange for convicted militants": a
 * court word after a word of freeing describes the prisoners a demand asks for, not a ruling told as news.
 */
function describesPrisoners(view: SentenceView, court: PhraseHit, from: number): boolean {
  return (
    RULED_ON.test(view.tokens[court.start].norm) &&
    view.tokens.slice(from, court.start).some((t) => FREED.test(t.norm))
  );
}

/**
 * A court word (a "court" cue) that tells what the act was tied to or whom it struck, not a ruling on the act:
 * after the trigger, tied to it by a word such as "related to" ("bombings related to the fraud trial"), or
 * before it in a relative clause closed by a comma ("Judge Omar Fadel, who sentenced a tycoon to jail, was
 * assassinated"), or an aside after the trigger that tells who someone is ("the home of Sami Rahal, a convicted
 * smuggler"), or the prisoners a demand asks to free ("demanding the release of jailed comrades"). "Five men were sentenced over the bombing" and "the men who bombed the bus were sentenced" stay
 * rulings.
 *
 * @example courtAside(view, court, trigger, text) // true for "trial" in "bombings related to the fraud trial"
 */
export function courtAside(view: SentenceView, court: PhraseHit, trigger: PhraseHit, text: string): boolean {
  const tokens = view.tokens;
  if (court.start >= trigger.end) {
    const from = Math.max(trigger.end, court.start - TIE_REACH);
    return (
      tokens.slice(from, court.start).some((t) => TIED.test(t.norm)) ||
      describesPerson(view, court, text) ||
      describesPrisoners(view, court, from)
    );
  }
  if (court.end > trigger.start || !RELATIVE_PRONOUNS.has(tokens[court.start - 1]?.norm ?? '')) return false;
  return text.slice(tokens[court.end - 1].span[1], tokens[trigger.start].span[0]).includes(',');
}

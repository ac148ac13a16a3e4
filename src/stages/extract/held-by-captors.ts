/** Captivity told by its end: people "held by" an armed side and then released. */
import { armedHand } from './armed-subject.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** Words of a captive's release ("the nurse was released unharmed", "the gunmen freed the driver"). */
const RELEASED = /^(?:released|freed|release|releasing)$/;

/** "held … for several hours", "for 11 days": how long the captives were kept, which tells their captivity over. */
const SPAN_UNIT = /^(?:hours|days|weeks|months)$/;
/** Tokens from "for" to the unit of its span ("for several hours", "for over two days"). */
const SPAN_REACH = 3;
/** The verbs of the bare passive: "was held by", "were apprehended by". */
const HOLDING = /^(?:held|apprehended)$/;
/**
 * Words before the verb that make it a passive told of someone ("were held by", "stopped and held by"); "the
 * town held by rebels", "talks held by the front" name a thing by who holds it.
 */
const PASSIVE = /^(?:was|were|been|being|and)$/;

/** Whether a trigger is the bare "held by" of the lexicon, which tells captivity only with its end. */
function heldBy(trigger: PhraseHit): boolean {
  const words = trigger.phrase.words;
  return trigger.phrase.lang === 'en' && words.length === 2 && HOLDING.test(words[0]) && words[1] === 'by';
}

/** A release, or a span the captives were kept for, told in the words given. */
function captivityOver(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      RELEASED.test(w) ||
      (w === 'for' && words.slice(i + 1, i + 1 + SPAN_REACH).some((u) => SPAN_UNIT.test(u))),
  );
}

/**
 * "was held by Vardanians": captors named as a people (a plural nationality word), whom the release told after
 * makes kidnappers; a town "held by the Vardanians" is left out by the release the rule needs.
 */
function heldByPeople(view: SentenceView, trigger: PhraseHit): boolean {
  const agent = view.tokens[view.tokens[trigger.end]?.norm === 'the' ? trigger.end + 1 : trigger.end];
  if (!agent || !/s$/.test(agent.norm)) return false;
  return view.mentions.some(
    (m) => m.via === 'demonym' && m.span[0] <= agent.span[0] && m.span[1] >= agent.span[1],
  );
}

/**
 * "The engineer was held by the Qarn Liberation Front. They released him a week later.": a kidnapping told by
 * its end — someone held (or "apprehended") by an armed side (a group the base knows or armed men, after
 * "by") and released, or held for a span of hours or days, as the same sentence or the next tells. Without the
 * release a town or a seat "was held by the rebels" as often as a person, and without the armed side a suspect
 * "was held by police"; those lose the trigger.
 *
 * @example keepHeldCaptives(views) // keeps "were held by" in "They were held by rebels. They were freed."
 */
export function keepHeldCaptives(views: readonly SentenceView[]): void {
  views.forEach((view, at) => {
    if (!view.triggers.some(heldBy)) return;
    const next = views[at + 1];
    view.triggers = view.triggers.filter((t) => {
      if (!heldBy(t)) return true;
      const later = [...view.tokens.slice(t.end), ...(next?.tokens ?? [])].map((token) => token.norm);
      const passive = PASSIVE.test(view.tokens[t.start - 1]?.norm ?? '');
      return passive && (armedHand(view, t) || heldByPeople(view, t)) && captivityOver(later);
    });
  });
}

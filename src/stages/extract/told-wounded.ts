/** People told wounded in a past passive that names no hand: a weak word of an incident, like "were killed". */
import type { PhraseHit } from './phrase-matcher.js';
import { PAST_PASSIVE_AUXILIARY } from './passive-auxiliaries.js';
import type { SentenceView } from './sentence-view.js';

/** The bare verbs of wounding the lexicon holds. */
const WOUNDING = /^(?:wounded|injured)$/;
/** Words that may stand between the auxiliary and the verb: "were also wounded", "was critically injured". */
const BETWEEN =
  /^(?:also|all|both|critically|seriously|severely|slightly|lightly|badly|gravely|reportedly|allegedly)$/;

/** "injured in the match", "hurt in training": a player's injury, no one's act. */
const PLAY = /^(?:match|matches|game|games|training|tournament|season|league|fixture|race|practice|workout)$/;

/**
 * "Three guards were wounded in Nablus", "She was critically injured": a wounding told of its victims by a past
 * passive, with no hand named, not denied ("no one was injured") and not in a sentence of sport. A participle
 * with no auxiliary ("veterans wounded in the war") describes people and tells none.
 *
 * @example passiveWounding(view, trigger) // true for "wounded" in "Two guards were wounded in Nablus."
 */
export function passiveWounding(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'en' || trigger.end - trigger.start !== 1) return false;
  if (!WOUNDING.test(view.tokens[trigger.start].norm)) return false;
  // "injured by a house fire", "hurt by a falling tree": a hand named after "by" that is no armed one.
  if (view.tokens[trigger.end]?.norm === 'by') return false;
  let at = trigger.start - 1;
  while (at > 0 && BETWEEN.test(view.tokens[at].norm)) at--;
  if (!PAST_PASSIVE_AUXILIARY.has(view.tokens[at]?.norm ?? '')) return false;
  // "no one was injured", "nobody was hurt": the wounding denied.
  const subject = view.tokens[at - 1]?.norm ?? '';
  const denied =
    /^(?:nobody|none|noone)$/.test(subject) || (subject === 'one' && view.tokens[at - 2]?.norm === 'no');
  return !denied && !view.tokens.some((t) => PLAY.test(t.norm));
}

/** One weak copy per lexicon phrase, so hits of the same phrase still share it. */
const WEAK_COPIES = new WeakMap<PhraseHit['phrase'], PhraseHit['phrase']>();

/**
 * The phrase made weak, as a literal in the lexicon loader's field order (every field set), not a spread: the
 * hits' readers then meet the lexicon's one phrase layout, not one V8 holds only weakly beside it.
 */
function weakPhrase(p: PhraseHit['phrase']): PhraseHit['phrase'] {
  const { lang, words, gaps, tag, pos, imperfect } = p;
  return { lang, words, gaps, tag, strength: 'weak', pos, imperfect };
}

/**
 * The hit with its phrase made weak: the lexicon's bare "wounded" is strong for the armed hand it needs, and
 * without that hand the passive needs support.
 *
 * @example weakened(hit).phrase.strength // 'weak'
 */
export function weakened(hit: PhraseHit): PhraseHit {
  let phrase = WEAK_COPIES.get(hit.phrase);
  if (!phrase) WEAK_COPIES.set(hit.phrase, (phrase = weakPhrase(hit.phrase)));
  // A literal in the field order of the matcher's hits, not a spread: a spread's copy takes a hidden class of
  // its own that V8 holds only weakly, and every reader of the sentence's triggers met it beside theirs.
  return { phrase, start: hit.start, end: hit.end, tail: hit.tail };
}

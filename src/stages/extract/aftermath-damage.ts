// Property told wrecked in the passive beside the dead or hurt of the same sentence: the aftermath of a blow.
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** The passive of wrecking in the lexicon's rows of property told wrecked ("were damaged", "was knocked over"). */
const PASSIVE = /^(?:was|were)$/;
const WRECKED = /^(?:destroyed|damaged|smashed|knocked|burned)$/;

/**
 * True for property told wrecked in the passive, with no cause named ("several buildings were damaged"), in a
 * sentence that also counts the dead or the hurt: "two guards were hurt and several buildings were damaged" tells
 * what the blow told before did, not an incident of its own, and its toll belongs to that blow.
 *
 * @example aftermathDamage(view, hit) // true for "Two guards were hurt and several buildings were damaged."
 */
export function aftermathDamage(view: SentenceView, hit: PhraseHit): boolean {
  if (hit.phrase.tag !== 'Looting/property destruction') return false;
  // The rows that name a cause after the passive ("… by a bomb") carry the blow's own type, not this one.
  const words = hit.phrase.words;
  if (!words.some((w, i) => PASSIVE.test(w) && WRECKED.test(words[i + 1] ?? ''))) return false;
  return view.quantities.some((q) => q.role === 'killed' || q.role === 'injured');
}

/**
 * "Fresh fighting threatens civilians in the east", «معارك جديدة تهدد المدنيين»: an act named as what threatens
 * someone tells a danger, not an incident; the clause names no one fighting, hurt or struck.
 */
import { normalizeName } from '../../core/text/normalize.js';
import { wordSet } from '../../core/text/word-set.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** Verbs of threatening in the present, as a headline or a forecast uses them (folded). */
const THREATENS = wordSet(
  [
    'threatens threaten threatening endangers endanger imperils imperil',
    ...['تهدد', 'يهدد', 'تهددان', 'يهددان', 'تنذر', 'ينذر', 'تتهدد', 'يتهدد'].map(normalizeName),
  ].join(' '),
);

/** Tokens that may stand between the act and the verb: «معارك جديدة تهدد», "fighting now threatens". */
const THREAT_REACH = 1;

/**
 * Whether `hit` names the act that threatens: its verb of threatening follows within a word, no other act
 * between.
 *
 * @example threateningAct(view, fighting) // true for "Fresh fighting threatens civilians in Aleppo"
 */
export function threateningAct(view: SentenceView, hit: PhraseHit): boolean {
  const tokens = view.tokens;
  for (let k = hit.end; k < Math.min(tokens.length, hit.end + THREAT_REACH + 1); k++) {
    if (THREATENS.has(tokens[k].norm)) return true;
    if (view.triggers.some((o) => o !== hit && o.start <= k && k < o.end)) return false;
    if (!/\p{L}/u.test(tokens[k].norm)) return false;
  }
  return false;
}

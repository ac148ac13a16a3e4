/**
 * «وضبطت 10 صواريخ وقذائف هاون», «الاستيلاء على 17 صاروخا», «عثرت على قذائف هاون في مخبأ»: shells and
 * rockets seized or found are a haul, not a shelling; the fight or the raid the clause tells is the incident.
 * So are arms someone holds («وبحوزتهم قنابل يدوية») or a craft is fitted with («زوارق مزودة بصواريخ»).
 */
import { wordSet } from '../../core/text/word-set.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/**
 * Verbs and verbal nouns of seizing or finding arms (folded: «استولى» is «استولي»), and the words of holding
 * them or being fitted with them: «بحوزتهم», «مزودة».
 */
const SEIZING = wordSet(
  'ضبط ضبطت ضبطوا تضبط يضبط وضبط ضبطها ضبطه مصادره صادر صادرت صادروا استولي استولت استولوا الاستيلاء استيلاء ' +
    'عثر عثرت عثروا العثور ضبطيه حجز حجزت بحوزه بحوزته بحوزتها بحوزتهم بحوزتهما حيازه بحيازه ' +
    'مزود مزوده مزودا مزودين مزودون المزوده',
  'و ف ب',
);

/** Words that open a cause or a time before the weapon: "found bodies after shells fell". */
const CAUSE = wordSet('بعد اثر عقب جراء بسبب نتيجه اثناء خلال', 'و ف ب');

/** Tokens the seizing word may stand before the weapon: «ضبطت (في المخبأ) 10 صواريخ و…». */
const SEIZE_REACH = 5;

/** Trigger classes and weapon cues of arms that can be seized: shells, rockets, grenades, bombs. */
const ARMS = new Set(['Shelling/artillery/missile attack', 'Grenade', 'shelling', 'grenade', 'ied']);

/**
 * Whether an Arabic weapon word (a shelling trigger or a weapon cue) names arms seized or found: a seizing
 * word before it, with no cause, time or other act between.
 *
 * @example seizedArms(view, mortars) // true for «وضبطت 10 صواريخ وقذائف هاون»
 */
export function seizedArms(view: SentenceView, hit: PhraseHit): boolean {
  const phrase = hit.phrase;
  if (phrase.lang !== 'ar' || !ARMS.has(phrase.tag) || phrase.pos === 'verb') return false;
  const tokens = view.tokens;
  for (let k = hit.start - 1; k >= Math.max(0, hit.start - SEIZE_REACH); k--) {
    if (CAUSE.has(tokens[k].norm)) return false;
    if (SEIZING.has(tokens[k].norm)) return true;
    if (view.triggers.some((o) => o !== hit && o.phrase.tag !== '@none' && o.start <= k && k < o.end))
      return false;
  }
  return false;
}

import { HOSPITAL } from './hospital-words.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** Words that make the aircraft after them the place of the act: "aboard the aircraft", "على متن الطائرة". */
const ABOARD = /^(?:aboard|onboard|on|onto|inside|board|متن)$/i;
/** Words that may stand between such a word and the aircraft. */
const CRAFT_DETERMINER = /^(?:a|an|the|his|her|their|its)$/i;
/** Places a bare "air" names as an institution's: "the air premises", "air station" (All India Radio's). */
const NAMED_SITE =
  /^(?:premises|station|stations|building|office|offices|staff|studio|studios|headquarters|centre|center|kendra)$/i;
/** Arabic verbs and nouns of carrying the hurt or the stranded away: «نقلوا بمروحية», «إجلاء … بطائرة». */
const CARRIED = /^(?:[وف]?(?:ل|لل)?)(?:نقل|ينقل|تنقل|اجلا|يجلي|اخلا)/;
/** Words besides a hospital that tell where the carried were taken, so «شاحنة نقل» (a lorry) is no carrying. */
const TAKEN_TO = /^(?:الي|لتلقي|للعلاج|نحو)$/;
/** How many tokens before the aircraft a verb of carrying may stand: «نُقل الجريح إلى مستشفى قريب بمروحية». */
const CARRIED_REACH = 4;
/** How many tokens after the aircraft where they were taken may be told: «بمروحية لتلقي العلاج». */
const TAKEN_TO_REACH = 3;

/**
 * Whether an aircraft cue of a sentence names no air power of its act: "Gunmen killed two passengers on a
 * plane" (the aircraft is where it happened), «نقلوا بمروحية» (it carried the wounded away), "petrol bombs thrown at the city radio (air) offices" (a bare
 * "air" before a site is a broadcaster's initials, as All India Radio's are in lower-case copy).
 *
 * @example notAirPower(view, cue) // true for the "air" of "the air premises"
 */
export function notAirPower(view: SentenceView, cue: PhraseHit): boolean {
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  if (cue.end - cue.start === 1 && /^air$/i.test(norm(cue.start))) {
    const next = norm(cue.end) === ')' ? norm(cue.end + 1) : norm(cue.end);
    if (NAMED_SITE.test(next)) return true;
  }
  const before = norm(cue.start - 1);
  const word = CRAFT_DETERMINER.test(before) ? norm(cue.start - 2) : before;
  return ABOARD.test(word) || carriedBy(norm, cue.start);
}

/**
 * «ونقل الجرحى بمروحية إلى المستشفى»: an aircraft named as the means («ب…») of taking someone somewhere
 * strikes no one.
 */
function carriedBy(norm: (i: number) => string, start: number): boolean {
  if (!/^و?ب/.test(norm(start))) return false;
  let carrier = -1;
  for (let i = start - 1; i >= Math.max(0, start - CARRIED_REACH) && carrier < 0; i--)
    if (CARRIED.test(norm(i))) carrier = i;
  if (carrier < 0) return false;
  for (let i = carrier + 1; i <= start + TAKEN_TO_REACH; i++)
    if (TAKEN_TO.test(norm(i)) || HOSPITAL.test(norm(i))) return true;
  return false;
}

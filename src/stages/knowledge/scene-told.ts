import type { NameMatch } from './mention-matcher.js';

/** "The attack took place", "the explosion occurred": the report telling in so many words that the incident happened. */
const SCENE_TOLD = String.raw`(?:attack|incident|explosion|blast|bombing|kidnapping|abduction|shooting|ambush|assault|killing|murder)s?\s+(?:occurred|took\s+place|happened|was\s+carried\s+out)`;
/** "The attack took place in Hama", "the explosion occurred near Homs": told so right before the name. */
const SCENE_TOLD_BEFORE = new RegExp(
  String.raw`\b${SCENE_TOLD}\s+(?:[\p{L}-]+\s+){0,3}?(?:in|at|near|outside|on)\s+(?:the\s+)?(?:(?:town|city|village|area|district|province)\s+of\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?$`,
  'iu',
);
/**
 * `SCENE_TOLD` anywhere in the text, to be looked for once per text: few reports tell the scene so, and
 * `SCENE_TOLD_BEFORE`, tried at each place of a 90-character lead for every pair of a town and a later name,
 * was some 4% of the knowledge stage. No `\b` in front: a lead cut inside a word ("xattack") gives the
 * pattern a word boundary the whole text lacks.
 */
const SCENE_TOLD_SOMEWHERE = new RegExp(String.raw`${SCENE_TOLD}\s`, 'iu');
/**
 * A word of each verb of `SCENE_TOLD` without a "k" or an "s" (which the Unicode flag also matches as the Kelvin
 * sign and the long s): looked for first without that flag, it rules out most texts in a third of the time.
 */
const SCENE_VERB_WORD = /occurred|place|happened|carried/i;
/**
 * Whether the text tells in so many words that the incident happened somewhere: the test to make before
 * `sceneToldAt` is asked of every later name.
 *
 * @example sceneToldSomewhere('The attack took place at dawn.') === true
 */
export const sceneToldSomewhere = (text: string): boolean =>
  SCENE_VERB_WORD.test(text) && SCENE_TOLD_SOMEWHERE.test(text);

/**
 * "the Karama neighbourhood", "the Tirin district of the city": a quarter, most likely of the town named before,
 * whatever namesake the base reads it as.
 */
const QUARTER_AFTER =
  /^(?:\s+(?:neighbou?rhood|quarter|district)\b|[^.]{0,40}?\bof\s+the\s+(?:city|town)\b)/i;

/**
 * Whether the words before `later` (from `from` on, at most 90 characters) tell that the incident happened there,
 * `later` being no quarter of a town named before: "The attack took place in Homs".
 *
 * @example sceneToldAt(text, match.span[1], later) // true for Homs in "… Hama. The attack took place in Homs"
 */
export function sceneToldAt(text: string, from: number, later: NameMatch): boolean {
  return (
    SCENE_TOLD_BEFORE.test(text.slice(Math.max(from, later.span[0] - 90), later.span[0])) &&
    !QUARTER_AFTER.test(text.slice(later.span[1], later.span[1] + 60))
  );
}

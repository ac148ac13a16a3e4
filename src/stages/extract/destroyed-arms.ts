/**
 * "jets flew nine sorties and destroyed four trucks and two car bombs", "wrecking a rocket launcher and three
 * mortars": bombs, mines or shells that a side destroyed are the target of its blow, not a weapon that went
 * off; the blow the clause tells (a strike, a raid) is the incident, and the bombs' owners did not bomb anyone.
 */
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** English verbs of destroying or disabling a thing. */
const DESTROYING =
  /^(?:destroy|destroys|destroyed|destroying|wreck|wrecks|wrecked|wrecking|disable|disabled|disabling|neutralized|neutralised|neutralizing|neutralising|eliminated|eliminating)$/;
/**
 * Words that tell the weapon as the means of the destroying, not its object ("destroyed the post with a car
 * bomb", "wrecked in a bomb attack"), or start another clause.
 */
const MEANS_OR_CLAUSE =
  /^(?:with|by|using|in|during|after|when|as|from|through|via|who|which|that|where|while|but|killing|killed|wounding)$/;
/** Tokens from the destroying verb to the weapon: a list of targets may stand between. */
const DESTROY_REACH = 14;
/** Trigger classes of a weapon that can be destroyed before use: bombs, mines, grenades, shells, rockets. */
const ARMS = new Set([
  'Remote explosive/landmine/IED',
  '@explosion',
  'Grenade',
  'Suicide bomb',
  'Shelling/artillery/missile attack',
]);
/** The last word of an English weapon noun ("car bombs", "roadside bomb", "IEDs", "mortar rounds"). */
const WEAPON_NOUN =
  /^(?:bomb|bombs|ied|ieds|vbied|vbieds|mine|mines|landmine|landmines|explosives|device|devices|grenade|grenades|rocket|rockets|missile|missiles|mortar|mortars|rounds|shells|launcher|launchers)$/;

/**
 * Whether an English weapon trigger names arms destroyed: a verb of destroying before it in its clause,
 * with only the list of what was destroyed between.
 *
 * @example destroyedArms(view, carBombs) // true for "destroyed five vehicles and two car bombs"
 */
export function destroyedArms(view: SentenceView, text: string, hit: PhraseHit): boolean {
  const phrase = hit.phrase;
  if (phrase.lang !== 'en' || !ARMS.has(phrase.tag) || !WEAPON_NOUN.test(phrase.words.at(-1)!)) return false;
  const tokens = view.tokens;
  for (let k = hit.start - 1; k >= Math.max(0, hit.start - DESTROY_REACH); k--) {
    const norm = tokens[k].norm;
    if (DESTROYING.test(norm)) return true;
    if (MEANS_OR_CLAUSE.test(norm)) return false;
    if (/[.;:!?]/.test(text.slice(tokens[k].span[1], tokens[k + 1].span[0]))) return false;
  }
  return false;
}

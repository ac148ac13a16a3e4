// "Gunmen wearing police uniforms shot dead a judge", «قتل مسلحون يرتدون زي الشرطة قاضيا», "militants disguised
// as soldiers": a force named as the uniform men wore, or as what they passed for, is no side of the act.
import { wordSet } from '../../core/text/word-set.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/** «زي الشرطة», «بزي الجيش», «زيا عسكريا»: a garment before the force it is of. */
const GARMENTS_AR = wordSet('زي زيا الزي ملابس لباس لباسا بزة بزه بزات', 'و ب ف');
/** "wearing police uniforms", "in army fatigues", "clad in military gear": words before such a garment. */
const WEARING = wordSet('wearing wore worn donning donned clad in');
/** Words that may stand between "wearing" and the force: "wearing stolen police uniforms". */
const GARMENT_QUALIFIERS = wordSet('the a fake stolen full their own');
/** The garment after the force: "police uniforms", "army fatigues". */
const GARMENTS_EN = wordSet('uniform uniforms fatigues gear garb clothes clothing outfits');
/** "disguised as soldiers", "posing as policemen", "dressed as police officers". */
const PASSING_AS = wordSet('disguised posing dressed masquerading');

/**
 * Whether the force named from token `at` to offset `end` is a uniform worn or a disguise taken: "wearing
 * police uniforms", "disguised as soldiers", «بزي الشرطة».
 *
 * @example wornOrPassedFor(view, 1, 25) // true for "police" in "Gunmen wearing police uniforms shot …"
 */
export function wornOrPassedFor(view: SentenceView, at: number, end: number): boolean {
  const before = view.tokens[at - 1]?.norm ?? '';
  if (GARMENTS_AR.has(before)) return true;
  let k = at - 1;
  if (GARMENT_QUALIFIERS.has(before)) k--;
  const word = view.tokens[k]?.norm ?? '';
  if (word === 'as') return PASSING_AS.has(view.tokens[k - 1]?.norm ?? '');
  return WEARING.has(word) && GARMENTS_EN.has(view.tokens[tokenAt(view, end)]?.norm ?? '');
}

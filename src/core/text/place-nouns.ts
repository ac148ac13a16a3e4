/**
 * The nouns that tell what kind of place a name beside them is: read by the knowledge stage (a name before
 * "province" is a province's; a cue-only name after «مدينة» is the town's) and by the resolve stage (a
 * province its sentence names is told by its noun), so that both keep one list. Arabic words are written
 * folded, as token norms and normalised names are (ة as ه, hamza on alef dropped).
 */
import { wordSet } from './word-set.js';

/**
 * English nouns that, right after a name, make it a province's: "Al-Bayda province" is Yemen's governorate,
 * not the Libyan town of that name.
 *
 * @example PROVINCE_NOUNS.has('governorate') === true
 */
export const PROVINCE_NOUNS = wordSet('province governorate region state department prefecture oblast');

/**
 * Arabic nouns that, right before a name, make it a province's: «محافظة ديالى», «ولاية الخرطوم», «إقليم كردستان».
 *
 * @example ARABIC_PROVINCE_NOUNS.has('محافظه') === true
 */
export const ARABIC_PROVINCE_NOUNS = wordSet('محافظه ولايه اقليم');

/**
 * Arabic nouns of any kind of place, town to province, that stand before its name: «مدينة», «قرية», «قضاء».
 *
 * @example ARABIC_PLACE_NOUNS.has('قريه') === true
 */
export const ARABIC_PLACE_NOUNS: ReadonlySet<string> = new Set([
  ...wordSet('مدينه بلده قريه منطقه ناحيه قضاء مديريه'),
  ...ARABIC_PROVINCE_NOUNS,
]);

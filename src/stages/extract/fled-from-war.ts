import type { Frame } from './frame-builder.js';
import { toldAsBackdrop, type BackdropWords } from './war-backdrop.js';

// People told as having fled the fighting («لاجئون هربوا من المعارك في الشمال», «أسر نزحت من ويلات الحرب»)
// are a story of refugees: the fighting is why they left, a state their home fell into over weeks, not one
// incident with a day, sides and a toll. A fled-from fight the clause dates or counts is kept by the caller.

/** Arabic words of fleeing or being displaced, normalised (أ→ا, ة→ه), with or without «و». */
const FLEEING =
  /^و?(?:فر|فروا|فرت|يفر|يفرون|تفر|الفرار|للفرار|فرارا|الفارين|فارين|فارون|هرب|هربوا|هربت|يهرب|يهربون|الهرب|للهرب|هربا|هروبا|الهروب|الهاربين|هاربين|هاربون|نزح|نزحوا|نزحت|ينزح|ينزحون|النزوح|نزوحا|النازحين|نازحين|نازحون)$/;
/** Nouns of fighting as a state or a run of blows: the battles, the war, the shelling, the raids. */
const WAR_NOUNS = new Set(
  'المعارك معارك المعركه القتال قتال الحرب حرب الاشتباكات اشتباكات المواجهات مواجهات العنف القصف قصف الغارات غارات الضربات ضربات'.split(
    ' ',
  ),
);
/** Words allowed between the fleeing word and the war noun: «من», «جحيم», «ويلات», «مناطق». */
const BETWEEN = new Set('من جحيم ويلات اتون نيران ارض ساحات ساحه مناطق'.split(' '));
/** Words the fleeing word may stand back from its war noun. */
const REACH = 3;

/**
 * Every trigger of the frame is an Arabic noun of fighting that people fled: «سوريون فروا من المعارك في ريف
 * إدلب», «أسر نزحت من ويلات الحرب».
 *
 * @example fledFromWar(frame) // true for «لاجئون فروا من المعارك في ريف إدلب بين الجيش والمعارضة»
 */
export function fledFromWar(frame: Frame): boolean {
  return toldAsBackdrop(frame, FLEEING_WORDS);
}

// Only Arabic triggers end in these war nouns, so no language check is needed.
const FLEEING_WORDS: BackdropWords = {
  isCue: (word) => FLEEING.test(word),
  warNouns: WAR_NOUNS,
  between: BETWEEN,
  reach: REACH,
};

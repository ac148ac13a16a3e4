/**
 * Function-word cues that settle a language without the n-gram detector: they are cheap, and for the
 * cases below more reliable than letters alone. Both read at most the first `limit` characters.
 */

const PASHTO_PARTICLE = /(?:^|\s)(?:د|په|کې|چې|له)(?=\s)/g;

/**
 * How many Pashto particles (د "of", په "in", کې, چې, له) stand alone: Pashto written without its own letters
 * still has them, and Persian, Urdu and Arabic never write them as words.
 *
 * @example countPashtoParticles('پولیسو د یوه برید په تور دوه کسان ونیول') === 2
 */
export function countPashtoParticles(text: string, limit = 2000): number {
  return text.slice(0, limit).match(PASHTO_PARTICLE)?.length ?? 0;
}

/** English words that French, German, Spanish, Turkish and their neighbours do not write. */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to was were is are that with for by from said has have had which it he she they this at been would their his who not but its after'.split(
    ' ',
  ),
);
const LATIN_WORD = /[a-z]+/gi;

/**
 * The share of Latin-script words that are English function words; running English text scores
 * 0.1–0.4, other languages written in Latin letters near 0. Null when there are too few words to say.
 *
 * @example englishWordShare('The army said that the attack on the town was repelled by the police') // 0.5
 */
export function englishWordShare(text: string, limit = 1500): number | null {
  let words = 0;
  let english = 0;
  for (const [word] of text.slice(0, limit).matchAll(LATIN_WORD)) {
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(word.toLowerCase())) english++;
  }
  return words >= 12 ? english / words : null;
}

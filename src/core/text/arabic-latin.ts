/**
 * Latin letters for a place name the knowledge base does not know and the text gives only in Arabic script,
 * so that a record's place name is written in English letters as every known place's is («أبو ناعورة» →
 * "Abu Naura"). Short vowels are not written in Arabic and are not guessed; the long ones and the consonants
 * are, in the plain scheme gazetteers use (no dots nor macrons).
 */

/** Consonants and long «ا», each letter's Latin. «ع» and «ء» are left out, as plain spellings leave them. */
const LETTERS: Readonly<Record<string, string>> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ى: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  ع: '',
  ء: '',
  ؤ: '',
  ئ: '',
};
/** «و» and «ي»: consonants before a long «ا» or at a word's start («وادي», «يبرود»), long vowels elsewhere. */
const GLIDES: Readonly<Record<string, [consonant: string, vowel: string]>> = { و: ['w', 'u'], ي: ['y', 'i'] };
/** The article «ال» opening a word, written "al-" as in "Al-Atriya". */
const ARTICLE = /^ال(?=[\u0621-\u064a]{2})/;

/** Latin vowels, to tell whether a word's first two sounds are both consonants. */
const VOWEL = /^[aiu]/;

/**
 * One Arabic word in Latin letters, capitalised. A word that opens with two consonants gets an "a" between
 * them ("Kafr", "Barqin", "Shawal"), the short vowel the script leaves unwritten there; «ع» opening a word is
 * written "a" ("Ain").
 */
function latinWord(word: string): string {
  const article = ARTICLE.test(word);
  const letters = [...word.replace(ARTICLE, '').replace(/[\u064b-\u0652\u0640]/g, '')];
  const sounds = letters.map((ch, i) => {
    if (i === 0 && ch === 'ع') return 'a';
    const glide = GLIDES[ch];
    if (!glide) return LETTERS[ch] ?? ch;
    return i === 0 || letters[i + 1] === 'ا' ? glide[0] : glide[1];
  });
  if (sounds.length >= 2 && sounds[0] && sounds[1] && !VOWEL.test(sounds[0]) && !VOWEL.test(sounds[1]))
    sounds[0] += 'a';
  // «ية» at the end: "-iya", as "Al-Atriya".
  const latin = sounds.join('').replace(/ia$/, 'iya');
  const capital = latin.charAt(0).toUpperCase() + latin.slice(1);
  return article ? `Al-${capital}` : capital;
}

/**
 * `name` in Latin letters when it is written in Arabic script; any other name as it is.
 *
 * @example latinPlaceName('أبو ناعورة') // 'Abu Naura'
 */
export function latinPlaceName(name: string): string {
  if (!/[\u0621-\u064a]/.test(name)) return name;
  return name.split(/\s+/).filter(Boolean).map(latinWord).join(' ');
}

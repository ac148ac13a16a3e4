import { normalizeName } from '../../core/text/normalize.js';
import { WordBounds } from '../../core/text/word-scanner.js';

// One scanner for every name: the load cuts some 60k names, and a pair of offsets per word is garbage.
const WORDS = new WordBounds();

/**
 * The key tokens of a knowledge-base name: normalised and cut into words by the same core/text functions
 * the matcher applies to the article's normalised view, so a name and the text that spells it give the
 * same keys ("al-Qaeda" and "Al Qaeda" both give al, qaeda).
 *
 * @example nameTokens('Al-Qaeda in the Arabian Peninsula') // ['al', 'qaeda', 'in', 'the', 'arabian', 'peninsula']
 * @example nameTokens('الحُدَيْدَة') // ['الحديده']
 */
export function nameTokens(name: string): string[] {
  // Printable ASCII folds to itself lower-cased (normalizeForMatching's ASCII table), and white space
  // only separates words, so most names skip the folding loop.
  const folded = isPrintableAscii(name) ? name.toLowerCase() : normalizeName(name);
  const words = WORDS.scan(folded, 0, folded.length);
  // Most names are one word: a list of exactly one, not one grown by a push.
  if (words.count === 1) return [folded.slice(words.starts[0], words.ends[0])];
  const tokens: string[] = [];
  for (let i = 0; i < words.count; i++) tokens.push(folded.slice(words.starts[i], words.ends[i]));
  return tokens;
}

function isPrintableAscii(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

const CODE = {
  a: 97,
  e: 101,
  h: 104,
  i: 105,
  k: 107,
  o: 111,
  q: 113,
  u: 117,
  y: 121,
  z: 122,
  apostrophe: 39,
  rightQuote: 0x2019,
};

/**
 * A looser key for a Latin-script word, so common transliteration variants meet: doubled letters
 * single, q as k, ou as u, a final h after a vowel dropped ("Diwaniyah"/"Diwaniya",
 * "Ashqelon"/"Ashkelon", "Mussayab"/"Musayab", "Baqouba"/"Baqubah"). Returns the word itself for other scripts and short words.
 *
 * @example looseLatin('diwaniyah') === 'diwaniya'
 */
export function looseLatin(word: string): string {
  if (!hasLooseSpot(word)) return word;
  const loose = word
    .replace(/q/g, 'k')
    .replace(/ou/g, 'u')
    .replace(/(.)\1+/g, '$1')
    .replace(/([aeiou])h$/, '$1');
  // Three letters are too few to stand for a name: "Loos" loosened is the Spanish article "los".
  return loose.length < 4 ? word : loose;
}

/**
 * Whether a word of four or more letters a-z holds something `looseLatin` rewrites: a q, an "ou", a doubled
 * letter or a final h after a vowel. Most words hold none, and the load asks for some 60k of them.
 */
function hasLooseSpot(word: string): boolean {
  const n = word.length;
  if (n < 4) return false;
  let spot = false;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c < CODE.a || c > CODE.z) return false;
    const next = i + 1 < n ? word.charCodeAt(i + 1) : 0;
    if (c === CODE.q || c === next || (c === CODE.o && next === CODE.u)) spot = true;
  }
  return spot || (word.charCodeAt(n - 1) === CODE.h && 'aeiou'.includes(word[n - 2]));
}

/** "Saint" or "Sainte" as a whole word of a name, which English and French news also write "St." and "Ste.". */
const SAINT_WORD = /\bSaint(e?)\b/g;

/**
 * A name with "Saint" or "Sainte" written as news abbreviates them ("Saint Paul" as "St. Paul",
 * "Sainte-Maxime" as "Ste-Maxime"), or null when the name holds neither. The point after the abbreviation is
 * no part of a name's tokens, so one spelling stands for "St." and "St".
 *
 * @example abbreviatedSaint('Saint-Jean-de-Luz') === 'St-Jean-de-Luz'
 */
export function abbreviatedSaint(written: string): string | null {
  if (!written.includes('Saint')) return null;
  const short = written.replace(SAINT_WORD, 'St$1');
  return short === written ? null : short;
}

const LATIN_SPELLING = /^[a-z'\u2019]{5,}$/;

/** Marks skeleton keys so they never meet a real token in the trie. */
export const SKELETON_MARK = '~';

/**
 * The consonant skeleton of a Latin-script word, for names transliterated from Arabic, Persian or Pashto,
 * whose English spellings differ mostly in their vowels ("Mussayab"/"Musayyib", "Nimroz"/"Nimruz",
 * "Sharqat"/"Shirqat", "Youssifiyah"/"Yusufiyah"): apostrophes, doubled letters and a final h after a
 * vowel dropped, q as k, then the consonants, whether the word starts with a vowel, and how many vowel
 * groups it has, marked with `~`. Looser than `looseLatin`, so the chooser trusts a skeleton match only
 * with a place cue in front of it; returns the word itself when fewer than four consonants remain, since
 * shorter skeletons are shared by too many words ("Shiite" and "Saihat", "Army" and "Urmia").
 *
 * @example skeletonLatin('youssifiyah') === '~ysfy4'
 */
export function skeletonLatin(word: string): string {
  // A possessive is read without its "'s" elsewhere; its skeleton would only meet other words ("Nepal's").
  if (!LATIN_SPELLING.test(word) || /['\u2019]s$/.test(word)) return word;
  // One pass over the letters, no chain of replacements: every distinct word of an article is read so.
  let plain = '';
  let previous = 0;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (isApostrophe(c)) continue;
    if (c === CODE.q) c = CODE.k;
    if (c === previous) continue;
    previous = c;
    plain += String.fromCharCode(c);
  }
  const n = plain.length;
  if (n > 1 && plain.charCodeAt(n - 1) === CODE.h && isVowelCode(plain.charCodeAt(n - 2)))
    plain = plain.slice(0, -1);
  let consonants = '';
  let vowelGroups = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (!isVowelCode(c)) consonants += plain[i];
    else if (i === 0 || !isVowelCode(plain.charCodeAt(i - 1))) vowelGroups++;
  }
  if (consonants.length < 4) return word;
  return `${SKELETON_MARK}${isVowelCode(plain.charCodeAt(0)) ? '-' : ''}${consonants}${vowelGroups}`;
}

/**
 * The Arabic article as English writes it, plain or assimilated to the next letter: "al-", "el-", "ez-Zor",
 * "ash-Sham", "as-Safira", "ad-Dana".
 */
const ARABIC_ARTICLES = new Set('al el il ul ad ed at et az ez as es ash esh ar er an en adh ath'.split(' '));

/**
 * The Arabic article written "al": a name is also indexed, and a word inside a name also read, with any other
 * spelling of the article inside it so, for "Deir el-Zor" and "Jabhat an-Nusra" are the names spelled "Deir
 * ez-Zor" and "Jabhat al-Nusra".
 *
 * @example plainArticle('ez') === 'al'
 */
export function plainArticle(word: string): string {
  return ARABIC_ARTICLES.has(word) ? 'al' : word;
}

/** The key every spelling of the Arabic article takes in `soundSkeleton`. */
export const ARTICLE_SKELETON = `${SKELETON_MARK}al`;

/**
 * The key of one word of a transliterated place name of several words, looser than `skeletonLatin`: the
 * article in any spelling becomes one key, and a word keeps only its consonants (q as k, doubled letters and
 * a final h after a vowel dropped, y inside a word a vowel) and whether it starts with a vowel, so "Deir
 * el-Zour" meets "Deir ez-Zor", "Ras el-Ein" "Ras al-Ain" and "Tell Abiad" "Tal Abyad". Too loose for a word
 * alone: only names of two words or more, every one met so, are indexed under it. Returns the word itself
 * when it is not written in the letters a-z.
 *
 * @example soundSkeleton('zour') === '~zr'
 * @example soundSkeleton('el') === ARTICLE_SKELETON
 */
export function soundSkeleton(word: string): string {
  // One pass over the letters, no regular expression: every distinct word of an article is read so.
  if (!isLatinWord(word)) return word;
  if (ARABIC_ARTICLES.has(word)) return ARTICLE_SKELETON;
  // The last letter of the word once apostrophes and a doubled last letter are taken off ("Mahh" ends in h).
  let last = word.length - 1;
  while (last > 0 && (isApostrophe(word.charCodeAt(last)) || word[last] === word[last - 1])) last--;
  let consonants = '';
  let previous = 0;
  let previousVowel = false;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (isApostrophe(c)) continue;
    if (c === CODE.q) c = CODE.k;
    if (c === previous) continue;
    previous = c;
    // A y after the first letter is a vowel ("Abyad"/"Abiad"); a final h after a vowel is silent.
    const vowel = isVowelCode(c) || (c === CODE.y && i > 0);
    if (vowel) previousVowel = isVowelCode(c);
    else if (!(c === CODE.h && previousVowel && i === last)) {
      consonants += String.fromCharCode(c);
      previousVowel = false;
    }
  }
  if (consonants.length === 0) return word;
  return `${SKELETON_MARK}${isVowelCode(word.charCodeAt(0)) ? '-' : ''}${consonants}`;
}

/** A word of the letters a-z, apostrophes inside allowed. */
function isLatinWord(word: string): boolean {
  const first = word.charCodeAt(0);
  if (!(first >= CODE.a && first <= CODE.z)) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!(c >= CODE.a && c <= CODE.z) && !isApostrophe(c)) return false;
  }
  return true;
}

const isApostrophe = (c: number): boolean => c === CODE.apostrophe || c === CODE.rightQuote;

/**
 * Whether `word` opens with a letter a-z or an apostrophe: only such words have the Latin spellings these rules
 * loosen, so most new words of an Arabic article need none of them.
 *
 * @example startsLatinSpelling("o'brien") === true; startsLatinSpelling('بغداد') === false
 */
export function startsLatinSpelling(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= CODE.a && c <= CODE.z) || isApostrophe(c);
}

const isVowelCode = (c: number): boolean =>
  c === CODE.a || c === CODE.e || c === CODE.i || c === CODE.o || c === CODE.u;

/**
 * A key of several `soundSkeleton` tokens (`skeletonLatin` keys end in a digit), one space between each: one
 * test of the key, not a list of its tokens made and each tested (the matcher asks this of its candidates).
 */
const SOUND_KEY = /^~-?[a-z]+(?: ~-?[a-z]+)+$/;
const SKELETON_CODE = SKELETON_MARK.charCodeAt(0);

/**
 * Whether a key of several tokens was met by `soundSkeleton` alone.
 *
 * @example isSoundKey('~dr ~al ~zr') === true
 */
export function isSoundKey(key: string): boolean {
  // Most keys met are exact spellings: one look at the first letter answers for them.
  return key.charCodeAt(0) === SKELETON_CODE && SOUND_KEY.test(key);
}

/**
 * Whether every word of a name but the article starts with a capital, as a transliterated name is written
 * ("Deir el-Zour"): met by its sound alone, a run of lower-case words is other words ("in Benin", "south east
 * asia"), and it must not hide the name inside it.
 *
 * @example capitalisedName('Deir el-Zour') === true
 */
export function capitalisedName(written: string): boolean {
  return written
    .split(/[\s\-\u2010\u2011]+/)
    .every((w) => w === '' || plainArticle(w) === 'al' || w[0] !== w[0].toLowerCase());
}

/** Letters Arabic writes a foreign G with: ج (Egypt, the Gulf), غ (the Levant), ق and ڨ (the Maghreb), گ. */
const FOREIGN_G = new Set(['ج', 'غ', 'ق', 'ڨ', 'گ']);
/** Letters Arabic writes a foreign V with: ف, or ڤ. */
const FOREIGN_V = new Set(['ف', 'ڤ']);
/** Long vowels and their seats, written or left out in a foreign name («هامبورغ», «هامبرغ»). */
const FOREIGN_VOWELS = new Set(['ا', 'و', 'ي', 'ى', 'ء', 'ئ', 'ؤ']);
/** A word in Arabic letters, Persian ڤ, ڨ and گ included. */
const ARABIC_SCRIPT_WORD = /^[\u0621-\u064a\u06a4\u06a8\u06af]+$/;
/** Four letters at least: shorter skeletons are shared by too many words. */
const MIN_FOREIGN_SKELETON = 4;

/**
 * The skeleton of a foreign (non-Arabic) place name written in Arabic letters, whose spellings differ by the
 * letter a G or a V is written with and by long vowels written or left out inside the word: «هامبورج» and «هامبورغ» (Hamburg),
 * «ڤولفسبورج» and «فولفسبورغ». The G letters become ج, the V letters ف, long vowels between the first and the
 * last letter and a final ه are dropped, doubled letters written once; marked with `~`. Only names of places outside the Arab world
 * are indexed so: in an Arabic name ج and غ make different words. Returns the word itself for other scripts,
 * for a word with the Arabic article, and when fewer than four letters remain.
 *
 * @example foreignArabicSkeleton('هامبورغ') === foreignArabicSkeleton('هامبورج') // '~همبرج'
 */
export function foreignArabicSkeleton(word: string): string {
  // A word with the Arabic article is an Arabic word («الإدارية»), whatever foreign name its letters spell.
  if (!ARABIC_SCRIPT_WORD.test(word) || word.startsWith('ال')) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    let c = word[i];
    if (FOREIGN_G.has(c)) c = 'ج';
    else if (FOREIGN_V.has(c)) c = 'ف';
    // A last vowel is kept: «نامبالا» and «نامبال» are two towns.
    const last = i === word.length - 1;
    if (i > 0 && !last && FOREIGN_VOWELS.has(c)) continue;
    if (i > 0 && last && c === 'ه') continue;
    if (c === out[out.length - 1]) continue;
    out += c;
  }
  return out.length < MIN_FOREIGN_SKELETON ? word : `${SKELETON_MARK}${out}`;
}

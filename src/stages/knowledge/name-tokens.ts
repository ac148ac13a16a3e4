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

const CODE = { a: 97, h: 104, o: 111, q: 113, u: 117, z: 122 };

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
  const plain = word
    .replace(/['\u2019]/g, '')
    .replace(/q/g, 'k')
    .replace(/(.)\1+/g, '$1')
    .replace(/([aeiou])h$/, '$1');
  const consonants = plain.replace(/[aeiou]/g, '');
  if (consonants.length < 4) return word;
  const vowelGroups = plain.match(/[aeiou]+/g)?.length ?? 0;
  return `${SKELETON_MARK}${/^[aeiou]/.test(plain) ? '-' : ''}${consonants}${vowelGroups}`;
}

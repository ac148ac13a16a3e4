import { normalizeName } from '../../core/text/normalize.js';
import { wordSpans } from '../../core/text/word-scanner.js';

const ASCII = /^[\x20-\x7e]*$/;
const ONE_WORD = /^[a-z0-9]+$/;

/**
 * The key tokens of a knowledge-base name: normalised and cut into words by the same core/text functions
 * the matcher applies to the article's normalised view, so a name and the text that spells it give the
 * same keys ("al-Qaeda" and "Al Qaeda" both give al, qaeda).
 *
 * @example nameTokens('Al-Qaeda in the Arabian Peninsula') // ['al', 'qaeda', 'in', 'the', 'arabian', 'peninsula']
 * @example nameTokens('الحُدَيْدَة') // ['الحديده']
 */
export function nameTokens(name: string): string[] {
  // Plain ASCII folds to itself lower-cased (normalizeForMatching's ASCII table): skip building the offset
  // map, which for the ~60k names of a full base is most of the load time's garbage.
  if (ASCII.test(name)) {
    const lower = name.toLowerCase();
    // Most names are one plain word: no need to scan for word boundaries.
    if (ONE_WORD.test(lower)) return [lower];
    const norm = lower.replace(/\s+/g, ' ').trim();
    return wordSpans(norm).map(([s, e]) => norm.slice(s, e));
  }
  const norm = normalizeName(name);
  return wordSpans(norm).map(([s, e]) => norm.slice(s, e));
}

const LATIN_WORD = /^[a-z]{4,}$/;
// Only words with something to loosen are rewritten: most names have none, and the load builds 60k keys.
const LOOSE_SPOT = /q|ou|(.)\1|[aeiou]h$/;

/**
 * A looser key for a Latin-script word, so common transliteration variants meet: doubled letters
 * single, q as k, ou as u, a final h after a vowel dropped ("Diwaniyah"/"Diwaniya",
 * "Ashqelon"/"Ashkelon", "Mussayab"/"Musayab", "Baqouba"/"Baqubah"). Returns the word itself for other scripts and short words.
 *
 * @example looseLatin('diwaniyah') === 'diwaniya'
 */
export function looseLatin(word: string): string {
  if (!LATIN_WORD.test(word) || !LOOSE_SPOT.test(word)) return word;
  const loose = word
    .replace(/q/g, 'k')
    .replace(/ou/g, 'u')
    .replace(/(.)\1+/g, '$1')
    .replace(/([aeiou])h$/, '$1');
  // Three letters are too few to stand for a name: "Loos" loosened is the Spanish article "los".
  return loose.length < 4 ? word : loose;
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

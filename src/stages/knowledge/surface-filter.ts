import { PLACE_KINDS, type NameSense } from './kb-types.js';
import type { NameMatch, SenseFilter } from './mention-matcher.js';

const LATIN_LETTER = /[A-Za-z]/;
/**
 * Tanween, the ending of an indefinite Arabic noun ("صيداً سهلاً", easy prey): a place's name, definite by
 * itself, is never written with it, so text that carries it is the common word the name's letters also
 * spell. A member of a group or a people takes it ("أربعون حوثياً"), so demonyms and actors keep theirs.
 */
const NUNATION = /[\u064B-\u064D]/;

function isPlaceName(sense: NameSense): boolean {
  return sense.via === 'name' && PLACE_KINDS.has(sense.entity.kind) && !NUNATION.test(sense.written);
}

/**
 * The sense filter for Latin-script names: an acronym ("IS", "US", "PA") matches only text written in
 * capitals, so "is" and "us" stay words; a capitalised name ("Tripoli", "Van") matches only capitalised
 * text, word by word. Lower-case names ("civilians", "al-Qaeda") and Arabic names match as they are. `caseless` turns
 * the capital checks off for text that has no capitals at all (some corpora are lower-cased).
 *
 * @example surfaceFilter(false)(match, 'us') // [] when every sense is written "US"
 */
export function surfaceFilter(caseless: boolean): SenseFilter {
  if (caseless)
    return (match, original) => (ACRONYM_WORDS.has(original) ? wordSenses(match.senses) : match.senses);
  return (match: NameMatch, original: string): readonly NameSense[] => {
    // The same name is met written the same way over and over: the answer depends on nothing else, and
    // sense lists are the knowledge base's own (never changed), so the answer is shared. Splitting and
    // testing each spelling costs far more than a look-up.
    let byOriginal = filtered.get(match.senses);
    if (byOriginal === undefined) filtered.set(match.senses, (byOriginal = new Map()));
    let senses = byOriginal.get(original);
    if (senses === undefined) {
      if (++filteredCount > FILTERED_LIMIT) {
        filtered = new WeakMap();
        filteredCount = 0;
      }
      byOriginal.set(original, (senses = fittingSenses(match.senses, original)));
    }
    return senses;
  };
}

/**
 * Words an acronym may spell ("IS", "US", "IT", "LeT", "CAR") that lower-cased text uses as words: the
 * function words of every sentence, and common words of incident reports ("a car bomb", "far from").
 */
const ACRONYM_WORDS = new Set(
  'is us it as at in on or to we an am he me my no so up do go be by of if let car far'.split(' '),
);

/**
 * An acronym, or a short name written with capitals inside it as one is ("LeT"): spelled letter by letter,
 * never a word of the text.
 */
function spelledAsAcronym(written: string): boolean {
  return (
    isAcronym(written) || (/^[A-Za-z]{2,5}$/.test(written) && written.replace(/[^A-Z]/g, '').length >= 2)
  );
}

/** "is" in lower-cased text is the verb, "car" the vehicle: of a name's senses, the acronyms drop. */
function wordSenses(senses: readonly NameSense[]): readonly NameSense[] {
  return senses.some((s) => spelledAsAcronym(s.written))
    ? senses.filter((s) => !spelledAsAcronym(s.written))
    : senses;
}

// Bounded so that a long run's memory is too: when full the memo starts over.
const FILTERED_LIMIT = 200_000;
let filtered = new WeakMap<readonly NameSense[], Map<string, readonly NameSense[]>>();
let filteredCount = 0;

function fittingSenses(all: readonly NameSense[], original: string): readonly NameSense[] {
  const indefinite = NUNATION.test(original);
  const fitting = all.filter((s) => fits(s.written, original) && !(indefinite && isPlaceName(s)));
  // Text in capitals that an acronym spells exactly is the acronym: "SANA" the agency, not Sana'a.
  const acronyms = fitting.filter((s) => isAcronym(s.written));
  return oneSensePerEntity(acronyms.length > 0 && isAcronym(original) ? acronyms : fitting);
}

/** The first fitting sense of each entity: two spellings of one name that both fit are one reading. */
function oneSensePerEntity(senses: readonly NameSense[]): readonly NameSense[] {
  if (senses.length < 2) return senses;
  const seen = new Set<NameSense['entity']>();
  return senses.filter((s) => !seen.has(s.entity) && seen.add(s.entity));
}

// The Arabic article is written "Al", "al" or "el" at random in English ("the al Aqsa Brigades"), and the
// English one inside a sentence ("at the Hague"): its case says nothing about whether the words after it
// are a name.
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'an', 'ash', 'ath', 'the']);

function isAcronym(written: string): boolean {
  const letters = written.replace(/[^A-Za-z]/g, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

function fits(written: string, original: string): boolean {
  if (!LATIN_LETTER.test(written)) return true;
  if (isAcronym(written)) {
    const seen = original.replace(/[^\p{L}]/gu, '');
    return seen === seen.toUpperCase();
  }
  // Every word capitalised in the name is capitalised in the text: "Lebanese Forces" (the party) is not
  // "Lebanese forces" (the army), and "Tripoli" is not "tripoli".
  const writtenWords = written.split(/[\s-]+/);
  const seenWords = original.split(/[\s-]+/);
  if (writtenWords.length !== seenWords.length)
    return /^\p{Lu}/u.test(written) ? /^\p{Lu}/u.test(original) : true;
  if (closedByFightersNoun(written)) return /^\p{Lu}/u.test(original);
  return writtenWords.every(
    (w, i) =>
      !/^\p{Lu}/u.test(w) ||
      /^\p{Lu}/u.test(seenWords[i]) ||
      ARTICLES.has(w.toLowerCase()) ||
      (i > 0 && FEATURE_NOUNS.has(w.toLowerCase())) ||
      afterJoinedArticle(seenWords, i, original),
  );
}

/**
 * "Islamic State militants", "Boko Haram insurgents": a group's name closed by the lower-case noun of its
 * fighters. Written "Islamic state militants" it is still the group: the noun rules out the idea the words
 * also name ("to found an Islamic state"), so only the first word's capital is asked for.
 */
function closedByFightersNoun(written: string): boolean {
  const words = written.split(' ');
  return words.length >= 3 && /^\p{Lu}/u.test(words[0]) && /^\p{Ll}+$/u.test(words[words.length - 1]);
}

/**
 * "Al-ramadi", "Ain al-tamur": the word a hyphen joins to the Arabic article is often written in lower case
 * when the name opens with a capital — the capital went to the article or the word before it.
 */
function afterJoinedArticle(seenWords: readonly string[], i: number, original: string): boolean {
  return (
    i > 0 &&
    ARTICLES.has(seenWords[i - 1].toLowerCase()) &&
    /^\p{Lu}/u.test(original) &&
    original.includes(`${seenWords[i - 1]}-${seenWords[i]}`)
  );
}

// The land feature closing a name is often written in lower case ("the Gaza strip", "the Swat valley", "the
// Golan heights"), and so is "city" ("Sadr city", "Davao city"): the capitalised words before it still make it
// the name, and the feature is no other place's word — not "province" or "district", which after a town's
// name say where the town lies.
const FEATURE_NOUNS = new Set(['strip', 'valley', 'heights', 'peninsula', 'desert', 'mountains', 'city']);

import { levenshtein } from '../../core/text/edit-distance.js';
import type { NameMatch } from './mention-matcher.js';
import { allMatches } from '../../core/text/all-matches.js';

/**
 * An acronym the article spells out for itself: "the Kavir Liberation Army (KLA)". The capitalised words
 * before the brackets, whose initials spell the letters inside them, skipping the small words of a name.
 */
const DEFINITION =
  /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|the|for|and|in|de|du|des|la|le|al)\s+)*){2,8})\((\p{Lu}{2,6})\)/gu;
const SMALL_WORD = /^(?:of|the|for|and|in|de|du|des|la|le|al)$/;

/** Letters in brackets that may be an acronym ("(KLA)"), tried only where a bracket opens: see below. */
const ACRONYM_IN_BRACKETS = /\(\p{Lu}{2,6}\)/uy;

/**
 * Whether `text` holds an acronym in brackets, as `/\(\p{Lu}{2,6}\)/u` tells: each opening bracket is found by
 * a plain search and the letters after it are tried there alone. The pattern run over the whole text, at every
 * place of it, cost some nine instructions a character, a third of a percent of the knowledge stage.
 */
function holdsAcronymInBrackets(text: string): boolean {
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    ACRONYM_IN_BRACKETS.lastIndex = at;
    if (ACRONYM_IN_BRACKETS.test(text)) return true;
  }
  return false;
}

/** An acronym spelt out: the folded words its letters stand for, and where the words stand. */
interface Definition {
  acronym: string;
  words: string[];
  span: readonly [number, number];
}

/** A word folded for comparing names: lower case, letters and digits only. */
const fold = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The acronyms `text` spells out. */
function definitions(text: string): Definition[] {
  const found: Definition[] = [];
  if (!holdsAcronymInBrackets(text)) return found;
  for (const m of allMatches(DEFINITION, text)) {
    const [, run, acronym] = m;
    const words = run.trim().split(/\s+/);
    const capitals = words.filter((w) => !SMALL_WORD.test(w));
    // The words the letters stand for are the last ones before the brackets: "said the Kavir Liberation Army".
    const named = capitals.slice(-acronym.length);
    if (named.length < acronym.length || named.map((w) => w[0]).join('') !== acronym) continue;
    const span = [m.index + run.lastIndexOf(named[0]), m.index + run.trimEnd().length] as const;
    found.push({ acronym, words: named.map(fold), span });
  }
  return found;
}

/**
 * Drops an acronym's senses where the article spells the acronym out as a name none of them bears: in a
 * story that writes "the Kavir Liberation Army (KLA)", "KLA" is not the Kosovo Liberation Army the knowledge
 * base knows by those letters. An article that spells it out as the base does ("the Kosovo Liberation Army
 * (KLA)", or words in which the base finds the same entity) keeps it, and so does one that does not spell it
 * out at all.
 *
 * @example withoutRedefinedAcronyms(text, matches) // no "KLA" = Kosovo in "… the Kavir Liberation Army (KLA) …"
 */
export function withoutRedefinedAcronyms(text: string, matches: readonly NameMatch[]): NameMatch[] {
  const defined = definitions(text);
  if (defined.length === 0) return [...matches];
  return matches.filter((match) => {
    const acronym = text.slice(match.span[0], match.span[1]);
    const meant = defined.filter((d) => d.acronym === acronym);
    return meant.length === 0 || meant.some((d) => spelledAlike(d, match, matches));
  });
}

/**
 * Two spellings of one word of a name: the same first letters ("Syria", "Syrian"), or two letters apart at most
 * ("Kayin", "Karen"; "Gansterism", "Gangsterism").
 */
const wordsAlike = (a: string, b: string) =>
  a.slice(0, 4) === b.slice(0, 4) || (a[0] === b[0] && levenshtein(a, b) <= 2);

/** A name's words that tell it apart: folded, without the small words ("the", "of", "al"). */
const telling = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => !SMALL_WORD.test(w.toLowerCase()))
    .map(fold)
    .filter((w) => w !== '');

/**
 * A name of the base written with the words spelt out, each word alike, one word more or less allowed ("Al
 * Qaeda in the Land of the Islamic Maghreb"); a word changed is another name ("Kavir" for "Kosovo").
 */
function namesAlike(name: string, spelt: readonly string[]): boolean {
  const own = telling(name);
  const words = telling(spelt.join(' '));
  const [long, short] = own.length >= words.length ? [own, words] : [words, own];
  if (long.length === short.length) return long.every((w, i) => wordsAlike(w, short[i]));
  if (long.length !== short.length + 1) return false;
  return long.some((_, skip) => long.filter((_w, i) => i !== skip).every((w, i) => wordsAlike(w, short[i])));
}

/** The words spelt out name one of the acronym's entities: by one of its names, or as the base reads them. */
function spelledAlike(definition: Definition, acronym: NameMatch, matches: readonly NameMatch[]): boolean {
  const entities = new Set(acronym.senses.map((s) => s.entity));
  if ([...entities].some((e) => [e.name_en, ...e.aliases_en].some((n) => namesAlike(n, definition.words))))
    return true;
  const [from, to] = definition.span;
  return matches.some(
    (m) => m.span[0] >= from && m.span[1] <= to && m.senses.some((s) => entities.has(s.entity)),
  );
}

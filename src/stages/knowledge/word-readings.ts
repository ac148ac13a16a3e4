import type { WordNotes } from '../../core/records.js';
import { proclitics, procliticReadings } from '../../core/text/arabic-clitics.js';
import { RangeMemo } from '../../core/text/range-memo.js';
import type { NameSense } from './kb-types.js';
import { ROOT, type PackedTrie } from './packed-trie.js';
import {
  foreignArabicSkeleton,
  looseLatin,
  plainArticle,
  skeletonLatin,
  soundSkeleton,
  startsLatinSpelling,
} from './name-tokens.js';

/**
 * How the name matcher reads one word of the normalised view: the keys it may start a name with (with
 * the trie node each leads to) and the keys it may go on with inside one — the word as written, its loose
 * and skeleton spellings, possessives cut off, proclitics taken off a first word. Reading a word costs a
 * clitic split and several trie look-ups, and news repeats its words: each distinct word is read once per
 * trie, kept in the word's notes from the language stage when its token brings them, else in a memo.
 */
/** One way to read a word: the key to look up and how many view units in front of the word it skips. */
export interface Reading {
  key: string;
  skip: number;
  /** Units cut off the end: an English possessive "'s", or the "s" of one written without its apostrophe. */
  cut: number;
  /** A possessive written without its apostrophe ("Assads forces"): only some names are read so. */
  bare: boolean;
  /** Met by `soundSkeleton`: only a capitalised word starts a name so. */
  sound: boolean;
  /** Behind a bare ك ("as a"): only a demonym is read so ("كعراقي"); a name is mostly the word's own. */
  demonymOnly: boolean;
  /** In a word's `inner` readings, the key's token number (`innerTokenNumber`) the trie is stepped by; else -1. */
  token: number;
}

/** Every reading built with all its fields, so the matcher's hot loops see one object shape. */
const reading = (key: string, skip = 0, cut = 0, bare = false, demonymOnly = false): Reading => ({
  key,
  skip,
  cut,
  bare,
  sound: false,
  demonymOnly,
  token: -1,
});
const soundReading = (key: string): Reading => withToken(reading(key), -1, true);

/** `r` with a token number (and a sound flag), as a literal in `reading`'s field order, not a spread copy. */
const withToken = (r: Reading, token: number, sound = r.sound): Reading => ({
  key: r.key,
  skip: r.skip,
  cut: r.cut,
  bare: r.bare,
  sound,
  demonymOnly: r.demonymOnly,
  token,
});

const ARABIC_PROCLITIC_START = /^[وفبكلا]/;

/**
 * How a word can be read: as the first word of a name (only readings the trie starts with), or inside one
 * (only readings some name has after its first word).
 */
export interface WordReadings {
  first: FirstReading[];
  inner: Reading[];
}

/**
 * A reading that starts a name, with the trie node it leads to (the trie is not changed after loading), the
 * senses of the names that end there and whether longer names go on from it: the matcher asks both of every
 * reading of every word, and kept here they cost no look-up in the trie's arrays per word of a text.
 */
export interface FirstReading extends Reading {
  node: number;
  senses: readonly NameSense[] | undefined;
  leads: boolean;
}

/** What the matcher keeps per trie. */
export interface TrieMemo {
  trie: PackedTrie;
  /** The readings of each distinct word, keyed by the range of the view, so a word met again costs no string. */
  readings: RangeMemo<WordReadings>;
}

// News repeats its words, and splitting clitics is the matcher's costliest step: each distinct word is read
// once per trie. The memo starts over when full, so a long-running worker stays bounded.
const trieMemos = new WeakMap<PackedTrie, TrieMemo>();
const READINGS_MEMO_LIMIT = 200_000;

/** The memo of word readings against `trie`, made on first use. */
export function memoFor(trie: PackedTrie): TrieMemo {
  let memo = trieMemos.get(trie);
  if (memo === undefined)
    trieMemos.set(trie, (memo = { trie, readings: new RangeMemo(READINGS_MEMO_LIMIT) }));
  return memo;
}

/**
 * The readings of the word `view[from, to)` against `trie`. `notes` are those of the word's token when the
 * token covers exactly that range of the view: the readings are then kept with them, and the next article
 * that writes the word finds them there without a look-up in the memo.
 *
 * @example
 * const view = normalizeForMatching('قصف بالموصل').text;
 * wordReadings(memoFor(kb.trie), view, 4, 11, undefined).first.map((r) => r.key) // ['الموصل', 'موصل']
 */
export function wordReadings(
  memo: TrieMemo,
  view: string,
  from: number,
  to: number,
  notes: WordNotes | undefined,
): WordReadings {
  const trie = memo.trie;
  if (notes !== undefined && notes.nameTrie === trie) return notes.nameReadings as WordReadings;
  let readings = memo.readings.get(view, from, to);
  if (readings === undefined) {
    readings = readWord(view.slice(from, to), trie);
    memo.readings.set(view, from, to, readings);
  }
  if (notes !== undefined) {
    notes.nameTrie = trie;
    notes.nameReadings = readings;
  }
  return readings;
}

function readWord(word: string, trie: PackedTrie): WordReadings {
  const first: FirstReading[] = [];
  const inner: Reading[] = [];
  // Each reading's key looked up once, for the names it starts and those it goes on with.
  for (const r of innerReadings(word)) {
    const token = trie.tokenNumber(r.key);
    if (token < 0) continue;
    const node = trie.childByNumber(ROOT, token);
    if (node >= 0) first.push(firstReading(r, node, trie));
    if (trie.leadsInside(token)) inner.push(withToken(r, token));
  }
  for (const r of readingsBehindProclitics(word, trie)) {
    const node = trie.child(ROOT, r.key);
    if (node >= 0) first.push(firstReading(r, node, trie));
  }
  // "ez" in "Deir ez-Zor" is also read "al"; as a name's first word only "el" is: "as", "an" and "at" are
  // English words in front of many names ("at Raqqa" is no "al-Raqqa").
  const article = plainArticle(word);
  const articleToken = article === word ? -1 : trie.innerTokenNumber(article);
  if (articleToken >= 0) inner.push(withToken(reading(article), articleToken));
  const articleNode = word === 'el' ? trie.child(ROOT, article) : -1;
  if (articleNode >= 0) first.push(firstReading(reading(article), articleNode, trie));
  if (first.length === 0 && inner.length === 0) foreignReadings(word, trie, first, inner);
  return first.length === 0 && inner.length === 0 ? NO_READINGS : { first, inner };
}

/**
 * «بمدينة هامبورج»: an Arabic word the base knows by no spelling of its own, read by the skeleton foreign
 * place names are indexed under (`foreignArabicSkeleton`), behind a proclitic too («بهامبورج»). Only a word
 * that reads as nothing else: a name written as the base writes it keeps its own places. Not a word ending in
 * a consonant and «ة» (folded «ه»), the mark of an Arabic noun: the skeleton drops that letter, and «مدرسة» (a
 * school) would meet «مدراس» (Madras). A foreign name may end in a vowel and «ه» («ايستينيه», İstinye).
 */
function foreignReadings(word: string, trie: PackedTrie, first: FirstReading[], inner: Reading[]): void {
  if (endsAsArabicNoun(word)) return;
  const skeleton = foreignArabicSkeleton(word);
  if (skeleton === word) return;
  const token = trie.tokenNumber(skeleton);
  const node = token < 0 ? -1 : trie.childByNumber(ROOT, token);
  if (node >= 0) first.push(firstReading(reading(skeleton), node, trie));
  if (token >= 0 && trie.leadsInside(token)) inner.push(withToken(reading(skeleton), token));
  if (node >= 0 || !ARABIC_PROCLITIC_START.test(word)) return;
  // The readings `procliticReadings` would give, each stem's skeleton made and looked up once, not once to weigh it
  // and once to read it: a stem whose skeleton differs from it has four letters at least (`MIN_FOREIGN_SKELETON`),
  // past every floor `procliticReadings` sets, and one whose skeleton starts a name counts as known: these are
  // its readings, shortest proclitic first.
  for (const prefix of proclitics(word)) {
    const stem = word.slice(prefix.length);
    const key = foreignArabicSkeleton(stem);
    if (key === stem) continue;
    const at = trie.child(ROOT, key);
    if (at >= 0) first.push(firstReading(reading(key, prefix.length), at, trie));
  }
}

/** A folded word ending in «ه» (for «ة») after a letter that is no long vowel: «مدرسه», not «ايستينيه». */
const ARABIC_NOUN_END = /[^اويىءئؤ]ه$/;
const endsAsArabicNoun = (word: string) => ARABIC_NOUN_END.test(word);

/**
 * `r` as the first word of a name, at `node` of `trie`: a literal with every field, not a spread copy, which
 * keeps the fields it adds outside the object, a further memory access for each.
 */
const firstReading = (r: Reading, node: number, trie: PackedTrie): FirstReading => ({
  key: r.key,
  skip: r.skip,
  cut: r.cut,
  bare: r.bare,
  sound: r.sound,
  demonymOnly: r.demonymOnly,
  token: r.token,
  node,
  senses: trie.senses(node),
  leads: trie.hasChildren(node),
});

/** The readings of most words, which neither start nor go on with any name: one object for them all. */
const NO_READINGS: WordReadings = { first: [], inner: [] };

/** A first word read without its proclitics: only stems that start a known name lead anywhere. */
function readingsBehindProclitics(word: string, trie: PackedTrie): Reading[] {
  const out: Reading[] = [];
  if (!ARABIC_PROCLITIC_START.test(word)) return out;
  // A stem that starts a known name may be short: "بأم الربيعين" is ب + "أم الربيعين". Enclitic pronouns
  // do not attach to names; only proclitics are taken off here.
  for (const { prefix, stem } of procliticReadings(word, (s) => trie.child(ROOT, s) >= 0)) {
    out.push(reading(stem, prefix.length, 0, false, likeBeforeNoArticle(prefix, stem)));
    // "لل" is ل + the article: "للموصل" is ل + "الموصل".
    if (prefix.endsWith('لل')) out.push(reading(`ال${stem}`, prefix.length - 1));
  }
  return out;
}

/**
 * Whether a reading takes off the preposition ك ("like, as") from a word with no article behind it. News
 * writes ك before a name mostly as «كالعراق», «كالدار البيضاء», and bare before a demonym («كبرازيلي»); a
 * bare ك in front of another stem is far more often the word's own first letter: «كامل» is no ك + «امل»,
 * «كبير على» no ك + «بئر علي».
 */
function likeBeforeNoArticle(prefix: string, stem: string): boolean {
  return prefix.includes('ك') && !prefix.endsWith('ال') && !stem.startsWith('ال');
}

function innerReadings(word: string): Reading[] {
  const out: Reading[] = [reading(word)];
  // Every spelling below but a possessive's is of a word opening with a letter a-z (or an apostrophe): most new
  // words of an article in Arabic are asked for none of them.
  if (!startsLatinSpelling(word)) {
    if (word.length > 3 && word.endsWith("'s")) out.push(reading(word.slice(0, -2), 0, 2));
    return out;
  }
  const loose = looseLatin(word);
  if (loose !== word) out.push(reading(loose));
  const skeleton = skeletonLatin(word);
  if (skeleton !== word) out.push(reading(skeleton));
  // Only names of several words are indexed so: "Deir el-Zour" meets "Deir ez-Zor" word by word.
  const sound = soundSkeleton(word);
  if (sound !== word) out.push(soundReading(sound));
  if (word.length > 3 && word.endsWith("'s")) out.push(reading(word.slice(0, -2), 0, 2));
  else if (word.length > 4 && BARE_POSSESSIVE.test(word)) {
    out.push(reading(word.slice(0, -1), 0, 1, true));
    // Names that hold the possessive ("Turkey's army") are met as written, and read on.
    out.push(reading(`${word.slice(0, -1)}'s`, 0, 0, true));
  } else if (INNER_APOSTROPHE.test(word)) {
    // An apostrophe for the ayn or hamza is written by some and left out by others: "Ba'qubah", "San'aa".
    const plain = word.replace(/['\u2019]/g, '');
    out.push(reading(plain));
    const loosePlain = looseLatin(plain);
    if (loosePlain !== plain) out.push(reading(loosePlain));
  }
  return out;
}

const INNER_APOSTROPHE = /^[a-z]+['\u2019][a-z]+$/;

/** A Latin word that may be a name with its possessive "s" run on, as scrapers that drop apostrophes leave it. */
const BARE_POSSESSIVE = /^[a-z]+[^s]s$/;

import type { NormalizedView, Token, WordNotes } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { toOriginalSpan, toViewOffset } from '../../core/text/normalize.js';
import { WordBounds } from '../../core/text/word-scanner.js';
import { sortSmall } from '../../core/small-sort.js';
import { TOWN_KINDS, type NameSense } from './kb-types.js';
import type { PackedTrie } from './packed-trie.js';
import { capitalisedName, isSoundKey, SKELETON_MARK } from './name-tokens.js';
import { longestFirst } from './match-overlaps.js';
import { nameMatch, withSenses } from './name-match-builder.js';
import { lastOf, skeletonCued } from './match-context.js';
import { NOT_NAME_WORDS } from './name-context-words.js';
import { isCapitalisedWord } from './letter-cases.js';
import { memoFor, wordReadings, type TrieMemo, type WordReadings } from './word-readings.js';

/** A knowledge-base name found in the text, before any sense is chosen. */
export interface NameMatch {
  /** `[start, end)` in the normalised view: the name without the clitics in front of it. */
  view: Span;
  /** The same in the original text. */
  span: Span;
  /** The normalised key the text matched ("الموصل" for "بالموصل"). */
  key: string;
  senses: readonly NameSense[];
  /** Index of the sentence holding the match. */
  sentence: number;
  /** Index, among the sentence's words, of the word where the match starts. */
  word: number;
}

/** Keeps a match, or the senses of it that fit the text (capitalisation, acronyms); empty to reject it. */
export type SenseFilter = (match: NameMatch, original: string) => readonly NameSense[];

/**
 * Finds every knowledge-base name in the given sentences in one left-to-right pass: at each word the
 * trie is walked with the word as written and with each proclitic reading of it ("بالموصل" → الموصل,
 * موصل; "للموصل" → الموصل), then with the following words; the longest match whose senses survive
 * `filter` wins at each word, and of overlapping matches the one spanning most words is kept.
 * `tokens`, the language stage's tokens of the text in order, only spare look-ups: their words' notes
 * keep each word's readings.
 *
 * @example
 * const view = normalizeForMatching(text);
 * matchNames(kb.trie, view, text, [[0, text.length]], (m) => m.senses)
 */
export function matchNames(
  trie: PackedTrie,
  view: NormalizedView,
  text: string,
  sentences: readonly Span[],
  filter: SenseFilter,
  tokens: readonly Token[] = [],
): NameMatch[] {
  const out: NameMatch[] = [];
  const walk: Walk = {
    trie,
    memo: memoFor(trie),
    view: view.text,
    words: SENTENCE_WORDS,
    readings: SENTENCE_READINGS,
    firstCounts: SENTENCE_FIRST_COUNTS,
    candidates: null,
    tokens,
    token: 0,
  };
  sentences.forEach((sentence, index) => {
    const from = toViewOffset(view, sentence[0]);
    const to = toViewOffset(view, sentence[1]);
    walk.words.scan(view.text, from, to);
    readSentence(walk);
    const found: { match: NameMatch; next: number }[] = [];
    for (let i = 0; i < walk.words.count; i++) {
      const at = longestAt(walk, view, text, i, index, filter);
      if (at !== null) found.push(at);
    }
    out.push(...longestFirst(found));
  });
  return out;
}

/**
 * The bounds of the words of the sentence being read, one set for every call: two typed arrays made per article
 * cost more than the reading of a short one's words (~0.4% of the knowledge stage). A call reads its
 * sentences to the end before it returns, and no call starts inside another.
 */
const SENTENCE_WORDS = new WordBounds();

/**
 * The readings of the words of the sentence being read, by word, one list for every call as the bounds are:
 * made per sentence, the list grew slot by slot as words were read, the matcher's second largest garbage.
 */
const SENTENCE_READINGS: WordReadings[] = [];

/**
 * The count of first readings of each word of the sentence being read, one list for every call: most words
 * start no name, and a number in this short list tells so where the word's readings lie elsewhere in memory.
 */
const SENTENCE_FIRST_COUNTS: number[] = [];

/** The state of one `matchNames` call: the current sentence's words in the view, the candidates of a word. */
interface Walk {
  trie: PackedTrie;
  memo: TrieMemo;
  view: string;
  /** The words of the sentence being read, in the view: one set of bounds reused sentence after sentence. */
  words: WordBounds;
  /** The readings of the sentence's words (past its word count, those of an earlier sentence). */
  readings: WordReadings[];
  /** How many first readings each of the sentence's words has, counted as the words are read. */
  firstCounts: number[];
  /**
   * The candidates of the word being read, null until one is found: most words that start a reading start no
   * name, and a list made for each of them (its first push reserves seventeen slots) was the matcher's largest
   * garbage.
   */
  candidates: Candidate[] | null;
  tokens: readonly Token[];
  /** The first token not yet passed: words are read in text order, and so are tokens. */
  token: number;
}

interface Candidate {
  start: number;
  end: number;
  key: string;
  senses: readonly NameSense[];
  next: number;
}

function longestAt(
  walk: Walk,
  view: NormalizedView,
  text: string,
  i: number,
  sentence: number,
  filter: SenseFilter,
): { match: NameMatch; next: number } | null {
  // Most words start no name: they are answered without a walk, nor a look at their readings.
  if (walk.firstCounts[i] === 0) return null;
  const first = readingsOf(walk, i).first;
  walk.candidates = null;
  const from = walk.words.starts[i];
  const to = walk.words.ends[i];
  let lowerCase: boolean | undefined;
  for (const r of first) {
    // A name met by its sound is written in capitals (`capitalisedName`): no lower-case word starts one.
    if (r.sound && (lowerCase ??= writtenInLowerCase(view, text, from))) continue;
    const childSenses = r.senses;
    const senses = r.bare
      ? possessors(childSenses, view, text, from, noTownPossessive(walk, view, text, i))
      : r.demonymOnly
        ? childSenses?.filter((s) => s.via === 'demonym')
        : childSenses;
    if (senses !== undefined && senses.length > 0)
      addCandidate(walk, {
        start: from + r.skip,
        end: to - r.cut,
        key: r.key,
        senses,
        next: i + 1,
      });
    // A possessive ends the name: "Russia's forces" is not a longer name.
    if (r.cut === 0 && !r.demonymOnly && r.leads) walkFrom(walk, r.node, i + 1, from + r.skip, r.key);
  }
  // Filled through `addCandidate`, which the compiler does not follow from the `null` set above.
  const candidates = walk.candidates as Candidate[] | null;
  if (candidates === null) return null;
  // At equal extent, spellings met exactly or loosely come before those met only by their skeleton.
  // Most words start one candidate: a sort of one would still copy it into a work array of its own.
  if (candidates.length > 1)
    sortSmall(candidates, (a, b) => b.end - a.end || a.start - b.start || skeletal(a.key) - skeletal(b.key));
  for (const c of unitedBySpan(candidates)) {
    const span = withClosingBracket(text, toOriginalSpan(view, [c.start, c.end]));
    // The name as the text writes it, cut once for the three tests that read it.
    const written = text.slice(span[0], span[1]);
    if (isSoundKey(c.key) && !capitalisedName(written)) continue;
    const match = nameMatch([c.start, c.end], span, c.key, c.senses, sentence, i);
    if (prepositionAsName(c.key, written) && !skeletonCued(view.text, match)) continue;
    const senses = filter(match, written);
    if (senses.length === 0) continue;
    // The filter mostly keeps every sense: the match is then the one already made.
    return { match: senses === c.senses ? match : withSenses(match, senses), next: c.next };
  }
  return null;
}

/**
 * `span` taking in the bracket that closes one opened inside it: the words of "Islamic State (IS)" end at "IS",
 * and a name quoted as evidence or listed among an entity's names should not read "Islamic State (IS".
 *
 * @example withClosingBracket('Islamic State (IS) fighters', [0, 17]) // [0, 18]
 */
function withClosingBracket(text: string, span: Span): Span {
  if (text.charCodeAt(span[1]) !== 0x29 /* ) */) return span;
  const open = text.lastIndexOf('(', span[1] - 1);
  return open >= span[0] && text.indexOf(')', open) === span[1] ? [span[0], span[1] + 1] : span;
}

/** Walks the trie from `node` on with word `j` and the words after it, collecting every name that ends. */
function walkFrom(walk: Walk, node: number, j: number, start: number, key: string): void {
  // Most names are one word: their node leads nowhere, and the next word need not be read.
  if (j >= walk.words.count || !walk.trie.hasChildren(node)) return;
  const end = walk.words.ends[j];
  // "northern Iraq, Kurdistan" is two places: a name is read across a comma only as it is written, not by
  // the consonants that make it "Iraqi Kurdistan". Looked at only once a reading leads on.
  let acrossComma: boolean | undefined;
  for (const r of readingsOf(walk, j).inner) {
    const child = walk.trie.childByNumber(node, r.token);
    if (child < 0) continue;
    const k = `${key} ${r.key}`;
    acrossComma ??= j > 0 && holdsComma(walk.view, walk.words.ends[j - 1], walk.words.starts[j]);
    if (acrossComma && (skeletal(k) === 1 || isSoundKey(k))) continue;
    const senses = walk.trie.senses(child);
    if (senses !== undefined) addCandidate(walk, { start, end: end - r.cut, key: k, senses, next: j + 1 });
    if (r.cut === 0) walkFrom(walk, child, j + 1, start, k);
  }
}

/** Adds `candidate` to the word's candidates, making the list with the first. */
function addCandidate(walk: Walk, candidate: Candidate): void {
  if (walk.candidates === null) walk.candidates = [candidate];
  else walk.candidates.push(candidate);
}

/**
 * Candidates over the same stretch of text with their senses united: "Mahmoudiya" is written so for the
 * Egyptian town and reaches the Iraqi "Mahmudiyah" only by its loose spelling, and the chooser must see
 * both. The first key (the most exact reading) is kept. Input sorted by extent; output in the same order.
 */
function unitedBySpan(candidates: readonly Candidate[]): readonly Candidate[] {
  // Most words start one candidate, which has nothing to unite with: no list is made for it.
  if (candidates.length === 1) return candidates;
  const out: Candidate[] = [];
  for (const c of candidates) {
    const last = lastOf(out);
    // A skeleton reading stays apart: the chooser trusts it only with a place cue.
    const apart = last === undefined || skeletal(last.key) !== skeletal(c.key);
    if (apart || last.start !== c.start || last.end !== c.end) {
      out.push(c);
      continue;
    }
    const extra = c.senses.filter((s) => !last.senses.some((t) => t.entity === s.entity));
    // A literal, not a spread copy: see `asDemonym` (name-match-builder.ts) for what a spread costs.
    if (extra.length > 0) out[out.length - 1] = withCandidateSenses(last, [...last.senses, ...extra]);
  }
  return out;
}

/** `c` with other senses, as a literal in the field order candidates are pushed in. */
const withCandidateSenses = (c: Candidate, senses: readonly NameSense[]): Candidate => ({
  start: c.start,
  end: c.end,
  key: c.key,
  senses,
  next: c.next,
});

/** Whether the text has a lower-case letter (or none with a case) where the view has `from`. */
function writtenInLowerCase(view: NormalizedView, text: string, from: number): boolean {
  const at = view.toOriginal[from];
  // Asked of every Latin word a name's sound may start: an ASCII letter is told by its code, with no
  // one-letter string made and lower-cased.
  const code = text.charCodeAt(at);
  if (code < 0x80) return code < 0x41 || code > 0x5a;
  const first = text.charAt(at);
  return first === first.toLowerCase();
}

/** Whether the word after word `i` of the sentence is a Latin word written with a capital. */
function followedByName(walk: Walk, view: NormalizedView, text: string, i: number): boolean {
  const from = walk.words.starts[i + 1];
  const latin = i + 1 < walk.words.count && /^[a-z]/.test(walk.view.slice(from, walk.words.ends[i + 1]));
  return latin && !writtenInLowerCase(view, text, from);
}

/** Words no possessive stands before: "Calis was shot" is a man's name, not Cali's. */
const NO_POSSESSED = new Set('was is has had said says who will would were are'.split(' '));

/**
 * Whether word `i`, read as a name and a bare "s", can be no town's possessive: a capitalised Latin word
 * stands right before it — one space between, and no place's kind, day, bearing or locative ("Costas
 * Simitis", not "North Syrias") — or right after it ("Idris Ramadan"), or a comma or a verb follows, where a
 * possessive needs the thing possessed ("Simitis was abroad", "asked for Lamus, who"). A stop may follow
 * a town's name that a report writes with an "s" ("near Montanitas.").
 */
function noTownPossessive(walk: Walk, view: NormalizedView, text: string, i: number): boolean {
  if (followedByName(walk, view, text, i)) return true;
  if (i + 1 < walk.words.count) {
    const gap = walk.view.slice(walk.words.ends[i], walk.words.starts[i + 1]);
    const next = walk.view.slice(walk.words.starts[i + 1], walk.words.ends[i + 1]);
    if (gap.startsWith(',') || (gap === ' ' && NO_POSSESSED.has(next))) return true;
  }
  if (i === 0) return false;
  const [start, end] = [walk.words.starts[i - 1], walk.words.ends[i - 1]];
  if (walk.view.slice(end, walk.words.starts[i]) !== ' ' || !/^[a-z]+$/.test(walk.view.slice(start, end)))
    return false;
  const word = text.slice(...toOriginalSpan(view, [start, end]));
  return isCapitalisedWord(word) && !NOT_NAME_WORDS.has(word);
}

/**
 * Whether `view[from, to)`, the gap between two words, holds a comma, Latin or Arabic: read unit by unit, where
 * cutting the gap out for a pattern made a string of it for every word a name may go on with.
 */
function holdsComma(view: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const unit = view.charCodeAt(i);
    if (unit === 0x2c /* , */ || unit === 0x60c /* ، */) return true;
  }
  return false;
}

/** "In", "On", "At": English prepositions whose consonants a name's "Ain", "Ayn" or "At-" share. */
const PREPOSITION_OPENING = /^(?:in|on|at)\s/iu;

/**
 * Whether a name of several words was met only by its consonant skeleton from a text opening with an English
 * preposition: "In Samarra, …" is no "Ain Smara" unless the text announces a place, and it must not hide the
 * name it holds.
 */
const prepositionAsName = (key: string, written: string): boolean =>
  skeletal(key) === 1 && PREPOSITION_OPENING.test(written);

const skeletal = (key: string): number => (key.includes(SKELETON_MARK) ? 1 : 0);

/** The readings of word `j` of the sentence being read. */
const readingsOf = (walk: Walk, j: number): WordReadings => walk.readings[j];

/**
 * Reads every word of the sentence in `walk.words`, in text order (the order the tokens are passed in). Every
 * word is asked for as a first word anyway; read in one loop, one word's readings wait in memory on no other
 * word's, and the processor fetches several at once (~4% of the knowledge stage against reading each word
 * when first asked).
 */
function readSentence(walk: Walk): void {
  const { words, readings, firstCounts, memo, view } = walk;
  const { starts, ends, count } = words;
  for (let j = 0; j < count; j++) {
    const from = starts[j];
    const to = ends[j];
    const read = wordReadings(memo, view, from, to, notesOf(walk, from, to));
    readings[j] = read;
    firstCounts[j] = read.first.length;
  }
}

/**
 * The notes of the token that covers exactly `[from, to)` of the view, if one does: the view folds a few
 * characters into or out of word characters (a dropped mark between two words), so a token and a word of
 * the view mostly, not always, coincide.
 */
function notesOf(walk: Walk, from: number, to: number): WordNotes | undefined {
  const tokens = walk.tokens;
  let t = walk.token;
  while (t < tokens.length && (tokens[t].viewStart ?? Infinity) < from) t++;
  walk.token = t;
  const token = tokens[t];
  return token !== undefined && token.viewStart === from && token.viewEnd === to ? token.word : undefined;
}

/**
 * The senses a name read before a bare "s" may take ("Syrias army", "Assads forces"): a capitalised name
 * of an entity shipped with marsad, not a demonym ("Kurds" is a plural) nor a worldwide town ("Sales" is no town of
 * Sale); none when the word is written in lower case, and no town when a capitalised word follows or goes
 * before: "Idris Ramadan" is a first name and a surname, not Idri's Ramadan, and "Costas Simitis" a given name
 * and a surname, not Simiti's, while "Russias Aerospace Forces" are Russia's.
 */
function possessors(
  senses: readonly NameSense[] | undefined,
  view: NormalizedView,
  text: string,
  from: number,
  besideName: boolean,
): readonly NameSense[] | undefined {
  if (senses === undefined) return undefined;
  if (writtenInLowerCase(view, text, from)) return [];
  return senses.filter(
    (s) =>
      s.entity.tier === 'shipped' &&
      s.via !== 'demonym' &&
      // People bear towns' names as first names ("Idris" is no Idri's), unlike countries'.
      !(besideName && TOWN_KINDS.has(s.entity.kind)),
  );
}

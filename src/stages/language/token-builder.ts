import type { NormalizedView, Sentence, Token, WordNotes } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { toOriginalSpan, toViewOffset } from '../../core/text/normalize.js';
import { splitWrittenClitics } from '../../core/text/written-clitics.js';
import { WordBounds } from '../../core/text/word-scanner.js';
import { WrittenWord, writtenWords } from './written-words.js';

/**
 * The tokens of every sentence: each word's normalised form (read from the document's normalised view),
 * and its stem — Arabic proclitics and enclitic pronouns split off, an English possessive ('s) dropped —
 * with the stem's own span in the original text, so a match on the stem points at "موسكو" in "بموسكو".
 *
 * @example
 * const text = 'وصل إلى بموسكو.';
 * buildTokens(text, [{ span: [0, 15] }], normalizeForMatching(text))[2].stemSpan // [9, 14]
 */
export function buildTokens(text: string, sentences: readonly Sentence[], view: NormalizedView): Token[] {
  const tokens: Token[] = [];
  // Words come in text order, so one cursor walks the view instead of a search per word.
  let cursor = 0;
  for (let index = 0; index < sentences.length; index++) {
    const words = WORDS.scan(text, sentences[index].span[0], sentences[index].span[1]);
    const kept = KEPT.clear(words.count);
    for (let w = 0; w < words.count; w++) {
      const from = (cursor = viewOffsetFrom(view, cursor, words.starts[w]));
      const to = (cursor = viewOffsetFrom(view, cursor, words.ends[w]));
      // A "word" of harakat or tatweel alone has nothing to match; a token's span is made only for a token.
      if (to > from) kept.add(words.starts[w], words.ends[w], from, to);
    }
    writtenWords(text, kept.starts, kept.ends, kept.count, kept.entries);
    kept.touchEntries();
    for (let k = 0; k < kept.count; k++) tokens.push(tokenAt(text, view, kept, k, index));
  }
  return tokens;
}

/**
 * The view offset of `original`, walked to from the view offset `cursor` of an earlier one (or searched
 * for, when `original` lies behind). A function of its own rather than a closure over the cursor: the
 * cursor then stays a local of the loop instead of a variable of the closure's context, read and written
 * in memory at every character walked.
 */
function viewOffsetFrom(view: NormalizedView, cursor: number, original: number): number {
  const map = view.toOriginal;
  if (cursor > 0 && map[cursor - 1] >= original) cursor = toViewOffset(view, original);
  while (map[cursor] < original) cursor++;
  return cursor;
}

/**
 * The words of the sentence being read, cut by one reused scanner: no list of pairs per sentence, one pair
 * a word, for the collector; a token keeps only its own pair.
 */
const WORDS = new WordBounds();

/**
 * The words of the sentence being read that make tokens, with their view offsets and entries: the entries
 * of a sentence's words are looked up together (see `writtenWords`), before its tokens are built.
 */
class KeptWords {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  froms = new Int32Array(64);
  tos = new Int32Array(64);
  entries: WrittenWord[] = [];
  count = 0;
  /** How many of the entries the token builder had read already (see `touchEntries`). */
  read = 0;

  /** Empties the list, with room for `size` words. */
  clear(size: number): this {
    this.count = 0;
    if (this.starts.length < size) {
      this.starts = new Int32Array(size);
      this.ends = new Int32Array(size);
      this.froms = new Int32Array(size);
      this.tos = new Int32Array(size);
    }
    return this;
  }

  /**
   * Reads whether each entry was read already, in a loop of its own: the entries, scattered over the heap,
   * then load together too, where the building of each token had waited for its own. (The count is kept
   * only so that the compiler keeps the loads. In four same-process A/B runs on a loaded machine, this loop
   * and `writtenWords` took the language stage to 0.95-0.97 of its CPU, counted against the stages they
   * left unchanged in the same runs.)
   */
  touchEntries(): void {
    let read = 0;
    for (let k = 0; k < this.count; k++) if (this.entries[k].tokenRead) read++;
    this.read = read;
  }

  add(start: number, end: number, from: number, to: number): void {
    const k = this.count++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.froms[k] = from;
    this.tos[k] = to;
  }
}

const KEPT = new KeptWords();

function tokenAt(text: string, view: NormalizedView, kept: KeptWords, k: number, sentence: number): Token {
  const span: Span = [kept.starts[k], kept.ends[k]];
  const from = kept.froms[k];
  const to = kept.tos[k];
  const word = readWord(text, view, kept.entries[k], span, from, to);
  const { viewNorm: norm, stem, stemFrom, stemTo } = word;
  const notes = word instanceof WrittenWord ? word : undefined;
  if (stemFrom === 0 && stemTo === norm.length)
    return new TokenRecord(span, norm, norm, span, sentence, from, to, notes);
  const mapped = toOriginalSpan(view, [from + stemFrom, from + stemTo]);
  // The view may map past the word (a dropped RLM after it): the stem never leaves its token.
  const stemSpan: Span = [Math.max(mapped[0], span[0]), Math.min(mapped[1], span[1])];
  return new TokenRecord(span, norm, stem, stemSpan, sentence, from, to, notes);
}

/**
 * A token as built here, made by a constructor rather than an object literal. V8 tracks where literals
 * are allocated and, seeing the tokens of the article being read survive each young-generation collection,
 * allocates every later one straight in the old generation ("pretenuring"): the old generation then grew by
 * tens of megabytes a pass over the corpus, to be marked and compacted. Objects made by `new` carry no such
 * allocation site and die young, as tokens do once their article is done.
 *
 * @example new TokenRecord([0, 5], 'بغداد', 'بغداد', [0, 5], 0, 0, 5, undefined).stem === 'بغداد'
 */
export class TokenRecord implements Token {
  constructor(
    readonly span: Span,
    readonly norm: string,
    readonly stem: string,
    readonly stemSpan: Span,
    readonly sentence: number,
    readonly viewStart: number,
    readonly viewEnd: number,
    /** Absent for a word read afresh (see `readWord`): its notes would be kept nowhere. */
    readonly word: WordNotes | undefined,
  ) {}
}

type WordReading = Pick<WrittenWord, 'viewNorm' | 'stem' | 'stemFrom' | 'stemTo'>;

// Splitting clitics is the costly part of a token, and words repeat across sentences and articles: each
// distinct written word is split once. The view folds code point by code point, so the view of a word is
// that of its characters wherever it is written, and the memo is trusted without reading the view again
// (that read was a cache miss a token, an eighth of the builder's time): only a word whose span cuts a
// surrogate pair, whose halves the view folds as one, is read afresh and not kept.
function readWord(
  text: string,
  view: NormalizedView,
  word: WrittenWord,
  span: Span,
  from: number,
  to: number,
): WordReading {
  const cut = cutsSurrogatePair(text, span);
  if (word.tokenRead && !cut) return word;
  const norm = view.text.slice(from, to);
  const [stemFrom, stemTo] = stemRange(norm, text, span);
  const stem = norm.slice(stemFrom, stemTo);
  if (word.tokenRead || cut) return { viewNorm: norm, stem, stemFrom, stemTo };
  word.viewNorm = norm;
  word.stem = stem;
  word.stemFrom = stemFrom;
  word.stemTo = stemTo;
  word.tokenRead = true;
  return word;
}

/** True when a surrogate pair straddles an end of `span`: its view then holds half a code point's fold. */
function cutsSurrogatePair(text: string, span: Span): boolean {
  const first = text.charCodeAt(span[0]);
  const last = text.charCodeAt(span[1] - 1);
  return (first >= 0xdc00 && first <= 0xdfff) || (last >= 0xd800 && last <= 0xdbff);
}

/** Offsets of the stem inside the normalised token. */
function stemRange(norm: string, text: string, span: Span): [number, number] {
  const first = norm.charCodeAt(0);
  if (first >= 0x0621 && first <= 0x06d3) {
    const split = splitWrittenClitics(norm, text.slice(span[0], span[1]));
    return [split.prefix.length, split.prefix.length + split.stem.length];
  }
  if (norm.endsWith("'s")) return [0, norm.length - 2];
  if (norm.endsWith("s'")) return [0, norm.length - 1];
  return [0, norm.length];
}

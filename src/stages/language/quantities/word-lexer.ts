import { asciiDigit } from '../../../core/text/ascii-digits.js';
import type { Sentence, Token } from '../../../core/records.js';
import { writtenWord, WrittenWord } from '../written-words.js';
import { openingBits } from './opening-words.js';

/** A word, number or punctuation mark of the text, with its original offsets and a folded form for lookup. */
export interface Lexeme {
  start: number;
  end: number;
  /** Folded form: Arabic letters folded and diacritics removed, Latin lower-cased, digits in ASCII. */
  norm: string;
  kind: 'word' | 'number' | 'punct';
  /** A Latin word written with a capital: tells "May" from "may" and "Syrian" from "several". */
  capitalised: boolean;
  /** Index of the sentence holding the lexeme, so rules never join words across sentences. */
  sentence: number;
  /** `norm` and its forms without proclitics (see `withoutProclitics`), computed once per lexeme. */
  forms: readonly string[];
  /** Bits of the `OpeningWords` sets that hold one of `forms`, computed once per distinct word. */
  opens: number;
}

/**
 * A lexeme as the lexer builds it, made by a constructor rather than an object literal: V8 pretenures the
 * objects of a literal's allocation site once most of them survive a young-generation collection, as the
 * lexemes of the article being read do, and the old generation then grew by megabytes every pass over the
 * corpus. Objects made by `new` have no allocation site to pretenure and die young with their article.
 *
 * @example new LexemeRecord(0, 3, 'قتل', 'word', false, 0, ['قتل'], 0).end === 3
 */
export class LexemeRecord implements Lexeme {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly norm: string,
    readonly kind: Lexeme['kind'],
    readonly capitalised: boolean,
    readonly sentence: number,
    readonly forms: readonly string[],
    readonly opens: number,
  ) {}
}

// Arabic letters (with harakat and tatweel inside a word), Latin letters, digits of three scripts with
// in-number separators, or one other visible character (bidi and zero-width controls are skipped). A digit run keeps its separators so that
// "1,200", "١٬٢٠٠" and "1,00,000" reach the number parser whole.
// Harakat sit inside the letter class on purpose: they belong to the word they mark.
// The scanner below reads these classes from a table instead of running a regular expression: it is the
// lexer's inner loop, and a match object and a sentence slice per lexeme cost more than the rest of it.
const LETTER =
  // eslint-disable-next-line no-misleading-character-class
  /[\u0621-\u064A\u0640\u064B-\u065F\u0670\u0671-\u06D3\u06D5\u06FA-\u06FCa-zA-Z\u00C0-\u024F]/;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
const IN_NUMBER = /[,.\u066B\u066C'’]/;
const SKIPPED = /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069]/;

const C_LETTER = 1;
const C_DIGIT = 2;
const C_IN_NUMBER = 3;
const C_SKIPPED = 4;
const C_OTHER = 5;
/** Class of each UTF-16 code unit, filled on first sight (0 = not yet seen). */
const CLASSES = new Uint8Array(0x10000);

/**
 * The class of a code unit, read from the table: this small function is inlined into the lexer's loops,
 * where one that also classified an unseen unit was called for every character (2.8 M instructions of
 * calls over a sample of the corpus).
 */
function classOf(unit: number): number {
  const c = CLASSES[unit];
  return c !== 0 ? c : (CLASSES[unit] = classified(unit));
}

function classified(unit: number): number {
  const ch = String.fromCharCode(unit);
  return LETTER.test(ch)
    ? C_LETTER
    : DIGIT.test(ch)
      ? C_DIGIT
      : IN_NUMBER.test(ch)
        ? C_IN_NUMBER
        : SKIPPED.test(ch)
          ? C_SKIPPED
          : C_OTHER;
}

/**
 * Folds a word for lookup: strips harakat and tatweel, folds alef/hamza forms, alef maqsura, ta marbuta,
 * Persian kaf/yeh and Arabic-Indic/Persian digits; lower-cases Latin. Lexicons are folded the same way.
 * (The language stage's shared normaliser works on whole texts with an offset map; this one works on a
 * single lexeme whose offsets are already known, which keeps the two independent.)
 *
 * @example foldWord('مئةٌ') === 'مئه'; foldWord('إصابة') === 'اصابه'; foldWord('١٢') === '12'
 */
export function foldWord(word: string): string {
  // Most words of a text fold to themselves, and the rest change in a letter or two: the word is read unit by
  // unit from a table, and only the runs that fold otherwise are written anew.
  let out = '';
  let kept = 0;
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    const folded = foldedUnit(unit);
    if (folded === unit) continue;
    if (folded === IN_CONTEXT) return foldCodePoints(word);
    out += word.slice(kept, i);
    if (folded !== DROPPED) out += String.fromCharCode(folded);
    kept = i + 1;
  }
  return kept === 0 ? word : out + word.slice(kept);
}

/** `foldWord` code point by code point, the whole word lower-cased at once: the rule the table is read from. */
function foldCodePoints(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    out += asciiDigit(c) ?? FOLD[ch] ?? ch;
  }
  return out.toLowerCase();
}

/**
 * What each code unit folds to alone, filled on first sight (-1 = not yet seen): a unit, `DROPPED`, or
 * `IN_CONTEXT` for the units whose fold depends on their neighbours (surrogates; a capital sigma, which
 * lower-cases to ς at a word's end; a capital lower-cased to two units), left to `foldCodePoints`.
 */
const FOLDED_UNITS = new Int32Array(0x10000).fill(-1);
const DROPPED = -2;
const IN_CONTEXT = -3;
/** Σ: σ inside a word, ς at its end. */
const CAPITAL_SIGMA = 0x03a3;

function foldedUnit(unit: number): number {
  let folded = FOLDED_UNITS[unit];
  if (folded === -1) FOLDED_UNITS[unit] = folded = foldUnit(unit);
  return folded;
}

function foldUnit(unit: number): number {
  if ((unit >= 0xd800 && unit <= 0xdfff) || unit === CAPITAL_SIGMA) return IN_CONTEXT;
  const folded = foldCodePoints(String.fromCharCode(unit));
  if (folded.length === 0) return DROPPED;
  return folded.length === 1 ? folded.charCodeAt(0) : IN_CONTEXT;
}

const FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ک: 'ك',
  '٬': ',',
  '٫': '.',
  '’': "'",
};

/**
 * Splits the sentences of `text` into lexemes. Only sentence spans are read, so removed boilerplate and
 * headers outside the body never produce quantities or dates. `tokens`, the language stage's tokens of the
 * text in order, change nothing: they lend the entries of their words (see `TokenNotes`).
 *
 * @example lexSentences('قتل ١٢ شخصا', [{ span: [0, 11] }]).map((l) => l.norm) // ['قتل', '12', 'شخصا']
 */
export function lexSentences(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[] = [],
): readonly Lexeme[] {
  // The language stage reads quantities and times from the same text and sentences, one after the other:
  // the second call reuses the first one's lexemes (they are never modified).
  if (last && last.text === text && last.sentences === sentences) return last.lex;
  const out: Lexeme[] = [];
  // Stored at the next index rather than pushed: `push` here stayed a call of the engine's builtin, some
  // 130 instructions a lexeme (over a sample of the corpus, 5.9 M for the calls against 3 M for the stores).
  let count = 0;
  const notes = new TokenNotes(tokens);
  for (let index = 0; index < sentences.length; index++) {
    const [from, to] = sentences[index].span;
    for (let i = from; i < to;) {
      const c = classOf(text.charCodeAt(i));
      if (c === C_SKIPPED) {
        i++;
        continue;
      }
      const start = i;
      const kind = c === C_LETTER ? 'word' : c === C_DIGIT ? 'number' : 'punct';
      let word: FoldedWord;
      if (kind === 'punct') {
        i = i + 1 < to && isSurrogatePair(text, i) ? i + 2 : i + 1;
        word = i === start + 1 ? punctuationMark(text, start) : folded(text, start, i, undefined);
      } else {
        if (kind === 'word') while (++i < to && classOf(text.charCodeAt(i)) === C_LETTER);
        else i = digitRunEnd(text, i, to);
        word = folded(text, start, i, notes.of(start, i));
      }
      const first = text.charCodeAt(start);
      out[count++] = new LexemeRecord(
        start,
        i,
        word.norm,
        kind,
        first >= 65 && first <= 90,
        index,
        word.forms,
        word.opens,
      );
    }
  }
  last = { text, sentences, lex: out };
  return out;
}

/** The end of digits with separators between digit groups, from a digit at `i`: "1,200", "١٬٢٠٠". */
function digitRunEnd(text: string, i: number, to: number): number {
  for (;;) {
    while (++i < to && classOf(text.charCodeAt(i)) === C_DIGIT);
    if (i + 1 >= to || classOf(text.charCodeAt(i)) !== C_IN_NUMBER) return i;
    if (classOf(text.charCodeAt(i + 1)) !== C_DIGIT) return i;
    i++;
  }
}

function isSurrogatePair(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

let last: { text: string; sentences: readonly Sentence[]; lex: readonly Lexeme[] } | undefined;

/**
 * The forms of an Arabic word with its proclitics peeled one layer at a time: conjunction (و ف), then
 * preposition (ب ل ك), then the article (ال, and لل for ل + ال). The word itself comes first.
 *
 * @example withoutProclitics('وبالمئات') // ['وبالمئات', 'بالمئات', 'المئات', 'مئات'] (folded)
 */
export function withoutProclitics(norm: string): readonly string[] {
  const forms = [norm];
  let w = norm;
  if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف')) forms.push((w = w.slice(1)));
  if (w.length > 3 && w.startsWith('لل')) forms.push((w = w.slice(2)));
  else if (w.length > 3 && (w[0] === 'ب' || w[0] === 'ل' || w[0] === 'ك')) forms.push((w = w.slice(1)));
  if (w.length > 3 && w.startsWith('ال')) forms.push(w.slice(2));
  return forms;
}

// Words repeat heavily across articles: folding each distinct surface once is most of the lexer's speed.
type FoldedWord = Pick<Lexeme, 'norm' | 'forms' | 'opens'>;

/**
 * The entries (`WrittenWord`) of the words of the language stage's tokens, found by their ranges of the text
 * as lexemes come in text order: a lexeme over the same range as a token is the same written word, and its
 * entry is taken from the token instead of being looked up again in the vocabulary-sized memo, where most
 * of a word's cost is the memory latency of the look-up.
 */
class TokenNotes {
  private next = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  /** The entry of the token spanning exactly `[start, end)`, if one does; ranges are asked in text order. */
  of(start: number, end: number): WrittenWord | undefined {
    const tokens = this.tokens;
    let t = this.next;
    while (t < tokens.length && tokens[t].span[0] < start) t++;
    this.next = t;
    const token = tokens[t];
    if (token === undefined || token.span[0] !== start || token.span[1] !== end) return undefined;
    return token.word instanceof WrittenWord ? token.word : undefined;
  }
}

/**
 * The folded forms of the one-unit punctuation mark at \`text[start]\`, kept by its code unit: a mark is no
 * token's word, so the token notes were walked for it and the vocabulary-sized memo searched, to find what
 * this table holds. (What a mark folds to hangs on its unit alone. Over a sample of the corpus, the walk and
 * the memo's look-ups together took 2.6 M instructions fewer.)
 */
function punctuationMark(text: string, start: number): FoldedWord {
  const unit = text.charCodeAt(start);
  let mark = PUNCTUATION_MARKS.get(unit);
  if (mark === undefined) {
    const norm = foldWord(text.slice(start, start + 1));
    const forms = withoutProclitics(norm);
    mark = { norm, forms, opens: openingBits(forms) };
    PUNCTUATION_MARKS.set(unit, mark);
  }
  return mark;
}

const PUNCTUATION_MARKS = new Map<number, FoldedWord>();

function folded(text: string, start: number, end: number, known: WrittenWord | undefined): FoldedWord {
  const word = known ?? writtenWord(text, start, end);
  if (!word.lexed) {
    word.norm = foldWord(text.slice(start, end));
    word.forms = withoutProclitics(word.norm);
    word.opens = openingBits(word.forms);
    word.lexed = true;
  }
  return word;
}

/** Builds a folded lexicon from readable entries. @example foldedLexicon([['مِئَة', 100]]).get('مئه') === 100 */
export function foldedLexicon<T>(entries: Iterable<readonly [string, T]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [word, value] of entries) map.set(foldWord(word), value);
  return map;
}

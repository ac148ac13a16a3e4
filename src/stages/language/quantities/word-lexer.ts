import type { Sentence } from '../../../core/records.js';

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
}

// Arabic letters (with harakat and tatweel inside a word), Latin letters, digits of three scripts with
// in-number separators, or one other visible character (bidi and zero-width controls are skipped). A digit run keeps its separators so that
// "1,200", "١٬٢٠٠" and "1,00,000" reach the number parser whole.
// Harakat sit inside the letter class on purpose: they belong to the word they mark.
const LEXEME =
  // eslint-disable-next-line no-misleading-character-class
  /([\u0621-\u064A\u0640\u064B-\u065F\u0670\u0671-\u06D3\u06D5\u06FA-\u06FCa-zA-Z\u00C0-\u024F]+)|([0-9\u0660-\u0669\u06F0-\u06F9]+(?:[,.\u066B\u066C'’][0-9\u0660-\u0669\u06F0-\u06F9]+)*)|([^\s\u200B-\u200F\u202A-\u202E\u2066-\u2069])/gu;

/**
 * Folds a word for lookup: strips harakat and tatweel, folds alef/hamza forms, alef maqsura, ta marbuta,
 * Persian kaf/yeh and Arabic-Indic/Persian digits; lower-cases Latin. Lexicons are folded the same way.
 * (The language stage's shared normaliser works on whole texts with an offset map; this one works on a
 * single lexeme whose offsets are already known, which keeps the two independent.)
 *
 * @example foldWord('مئةٌ') === 'مئه'; foldWord('إصابة') === 'اصابه'; foldWord('١٢') === '12'
 */
export function foldWord(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 48);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 48);
    else out += FOLD[ch] ?? ch;
  }
  return out.toLowerCase();
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
 * headers outside the body never produce quantities or dates.
 *
 * @example lexSentences('قتل ١٢ شخصا', [{ span: [0, 11] }]).map((l) => l.norm) // ['قتل', '12', 'شخصا']
 */
export function lexSentences(text: string, sentences: readonly Sentence[]): readonly Lexeme[] {
  // The language stage reads quantities and times from the same text and sentences, one after the other:
  // the second call reuses the first one's lexemes (they are never modified).
  if (last && last.text === text && last.sentences === sentences) return last.lex;
  const out: Lexeme[] = [];
  sentences.forEach((sentence, index) => {
    const [from, to] = sentence.span;
    const slice = text.slice(from, to);
    for (const m of slice.matchAll(LEXEME)) {
      const start = from + (m.index ?? 0);
      const kind = m[1] ? 'word' : m[2] ? 'number' : 'punct';
      const capitalised = /^[A-Z]/.test(m[0]);
      const { norm, forms } = folded(m[0]);
      out.push({ start, end: start + m[0].length, norm, kind, capitalised, sentence: index, forms });
    }
  });
  last = { text, sentences, lex: out };
  return out;
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
// The cap keeps a long-running server's memory bounded.
const FOLDED = new Map<string, { norm: string; forms: readonly string[] }>();

function folded(surface: string): { norm: string; forms: readonly string[] } {
  let hit = FOLDED.get(surface);
  if (!hit) {
    const norm = foldWord(surface);
    hit = { norm, forms: withoutProclitics(norm) };
    if (FOLDED.size > 50_000) FOLDED.clear();
    FOLDED.set(surface, hit);
  }
  return hit;
}

/** Builds a folded lexicon from readable entries. @example foldedLexicon([['مِئَة', 100]]).get('مئه') === 100 */
export function foldedLexicon<T>(entries: Iterable<readonly [string, T]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [word, value] of entries) map.set(foldWord(word), value);
  return map;
}

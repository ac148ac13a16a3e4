import type { NormalizedView, Sentence, Token } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { splitClitics } from '../../core/text/arabic-clitics.js';
import { toOriginalSpan, toViewOffset } from '../../core/text/normalize.js';
import { wordSpans } from '../../core/text/word-scanner.js';

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
  sentences.forEach((sentence, index) => {
    for (const span of wordSpans(text, sentence.span[0], sentence.span[1])) {
      const token = tokenAt(view, span, index);
      if (token) tokens.push(token);
    }
  });
  return tokens;
}

function tokenAt(view: NormalizedView, span: Span, sentence: number): Token | null {
  const from = toViewOffset(view, span[0]);
  const to = toViewOffset(view, span[1]);
  // A "word" of harakat or tatweel alone has nothing to match.
  if (to <= from) return null;
  const norm = view.text.slice(from, to);
  const [stemFrom, stemTo] = stemRange(norm);
  const mapped = toOriginalSpan(view, [from + stemFrom, from + stemTo]);
  // The view may map past the word (a dropped RLM after it): the stem never leaves its token.
  const stemSpan: Span = [Math.max(mapped[0], span[0]), Math.min(mapped[1], span[1])];
  return { span, norm, stem: norm.slice(stemFrom, stemTo), stemSpan, sentence };
}

/** Offsets of the stem inside the normalised token. */
function stemRange(norm: string): [number, number] {
  const first = norm.charCodeAt(0);
  if (first >= 0x0621 && first <= 0x06d3) {
    const split = splitClitics(norm);
    return [split.prefix.length, split.prefix.length + split.stem.length];
  }
  if (norm.endsWith("'s")) return [0, norm.length - 2];
  if (norm.endsWith("s'")) return [0, norm.length - 1];
  return [0, norm.length];
}

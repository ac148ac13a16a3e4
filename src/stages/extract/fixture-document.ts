import type { Document, Genre, Mention, Quantity, TimeExpression, Token } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { splitClitics } from '../../core/text/arabic-clitics.js';
import { normalizeName } from '../../core/text/normalize.js';
import { wordSpans } from '../../core/text/word-scanner.js';

/** An annotation placed on the n-th occurrence (default first) of a phrase of the fixture text. */
export type At<T> = [phrase: string, value: T, occurrence?: number];

export interface FixtureSpec {
  text: string;
  language?: string;
  published?: string | null;
  genre?: Genre;
  mentions?: At<Omit<Mention, 'span'>>[];
  quantities?: At<Omit<Quantity, 'span'>>[];
  times?: At<Omit<TimeExpression, 'span'>>[];
}

/**
 * A real document as the upstream stages would leave it, built by hand for event-layer tests: sentences
 * split at end punctuation and line breaks, tokens from the shared word scanner and clitic splitter, and
 * annotations placed on the phrases given.
 *
 * @example fixtureDocument({ text: 'Rebels shelled Aleppo.', mentions: [['Aleppo', aleppo]] })
 */
export function fixtureDocument(spec: FixtureSpec): Document {
  const { text } = spec;
  const sentences = [...text.matchAll(/[^.!?؟\n]+[.!?؟]*/g)]
    .map((m) => [m.index, m.index + m[0].length] as Span)
    .filter(([a, b]) => text.slice(a, b).trim() !== '');
  const tokens: Token[] = [];
  sentences.forEach((sentence, index) => {
    for (const span of wordSpans(text, sentence[0], sentence[1])) {
      const norm = normalizeName(text.slice(span[0], span[1]));
      const split = /^[\u0600-\u06ff]/.test(norm)
        ? splitClitics(norm)
        : { prefix: '', stem: norm, suffix: '' };
      const stemStart = span[0] + split.prefix.length;
      tokens.push({
        span,
        norm,
        stem: split.stem,
        stemSpan: [stemStart, stemStart + split.stem.length],
        sentence: index,
      });
    }
  });
  const place = <T>(items: At<T>[] = []) =>
    items.map(([phrase, value, n = 1]) => ({ ...value, span: find(text, phrase, n) }));
  return {
    source: 'fixture',
    content_hash: 'c0ffee0123456789abcdef',
    text,
    language: spec.language ?? (/[\u0600-\u06ff]/.test(text) ? 'ar' : 'en'),
    published: spec.published ? { value: spec.published, spans: [], from: 'sidecar' } : null,
    genre: { value: spec.genre ?? 'news', spans: [], from: 'rule' },
    body: [0, text.length],
    sentences: sentences.map((span) => ({ span })),
    tokens,
    mentions: place(spec.mentions) as Mention[],
    quantities: place(spec.quantities) as Quantity[],
    times: place(spec.times) as TimeExpression[],
    diagnostics: [],
  };
}

function find(text: string, phrase: string, occurrence: number): Span {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`fixture: "${phrase}" (occurrence ${occurrence}) is not in the text`);
  }
  return [at, at + phrase.length];
}

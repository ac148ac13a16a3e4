import type { Document } from '../../core/records.js';
import type { Span } from '../../core/span.js';

/**
 * The span of the sentence holding offset `at`: how far back the words about a mention may be looked for, and
 * which other mentions share its sentence.
 *
 * @example sentenceSpanAt(doc, mention.span[0])?.[0] // where the mention's sentence starts
 */
export function sentenceSpanAt(doc: Document, at: number): Span | undefined {
  return doc.sentences?.find((s) => s.span[0] <= at && at < s.span[1])?.span;
}

import type { Diagnostic, Document, RawInput } from './records.js';

/**
 * A document for the pipeline to run on, every field the stages write already there (undefined), in the
 * order they write them. Written field by field onto a bare document, each step of the way was a hidden class
 * of its own that V8 holds only weakly: after a major collection the next document built them anew, and the
 * stages' readers of documents were deoptimised on it. One literal keeps one shape for every document.
 *
 * @example newDocument('a.txt', raw, []).text === undefined
 */
export function newDocument(source: string, raw: RawInput | undefined, diagnostics: Diagnostic[]): Document {
  return {
    source,
    raw,
    diagnostics,
    markup: undefined,
    content_hash: undefined,
    sourceMap: undefined,
    text: undefined,
    body: undefined,
    removed: undefined,
    title: undefined,
    author: undefined,
    publisher: undefined,
    published: undefined,
    url: undefined,
    genre: undefined,
    language: undefined,
    sentences: undefined,
    normalized: undefined,
    tokens: undefined,
    quantities: undefined,
    times: undefined,
    mentions: undefined,
    events: undefined,
  };
}

import type { Document, DocumentField } from './records.js';

/** What every stage may use besides the document: the clock is injected, never read from the machine. */
export interface StageContext {
  /** The day to resolve relative dates against when the document has no publication date; null = unknown. */
  referenceDate: string | null;
}

/**
 * A stage declares its contract — what it reads, what it writes — and one `run` that adds its
 * annotations to the document. The runner checks the declarations before the first document.
 *
 * @example
 * const stage: Stage = { name: 'language', reads: ['text'], writes: ['language'], run(doc) { doc.language = 'ar'; } };
 */
export interface Stage {
  readonly name: string;
  readonly reads: readonly DocumentField[];
  readonly writes: readonly DocumentField[];
  run(doc: Document, ctx: StageContext): void | Promise<void>;
}

import type { RemovedKind, RemovedSpan } from '../../core/records.js';
import type { Span } from '../../core/span.js';

/** A metadata value a removed part reveals: the publisher a promo names, the date a stamp gives. */
export interface Clue {
  field: 'publisher' | 'author' | 'published';
  value: string;
  span: Span;
}

/** A removed part of the text, with what it tells about the article. */
export interface Finding extends RemovedSpan {
  clues: Clue[];
  /**
   * Body text that still tells something: the dateline opening wire copy names where the story was filed
   * (often the incident's only place), so it stays in the body and only its clues are taken.
   */
  keep?: boolean;
}

/** @example finding([0, 9], 'byline', 'by-line', []) */
export function finding(span: Span, kind: RemovedKind, reason: string, clues: Clue[] = []): Finding {
  return { span, kind, reason, clues };
}

import type { Span } from '../../core/span.js';
import { isWhiteSpace } from '../../core/text/unit-class.js';

/** Characters after which a line break always ends a paragraph. */
const LINE_FINAL = /[.!?؟؛:…"'»”’)\]۔]$/;

/**
 * Paragraphs of `text[start, end)`, trimmed. A blank line always separates paragraphs; a single line
 * break does too, except inside hard-wrapped running text: a long line (≥ 50 characters) that does not end
 * in punctuation followed by a line that starts with a lower-case Latin letter.
 *
 * @example paragraphSpans('Title\n\nFirst line.\nSecond', 0, 25) // [[0,5],[7,18],[19,25]]
 */
export function paragraphSpans(text: string, start: number, end: number): Span[] {
  const paragraphs: Span[] = [];
  let open: [number, number] | null = null;
  let lineStart = start;
  while (lineStart <= end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = trim(text, lineStart, lineEnd);
    if (line === null) {
      if (open) paragraphs.push(open);
      open = null;
    } else if (open && continuesParagraph(text, open, line)) {
      open[1] = line[1];
    } else {
      if (open) paragraphs.push(open);
      open = [line[0], line[1]];
    }
    lineStart = lineEnd + 1;
  }
  if (open) paragraphs.push(open);
  return paragraphs;
}

function continuesParagraph(text: string, previous: Span, line: Span): boolean {
  const lastLineStart = text.lastIndexOf('\n', previous[1] - 1) + 1;
  const lastLine = text.slice(Math.max(lastLineStart, previous[0]), previous[1]);
  return lastLine.length >= 50 && !LINE_FINAL.test(lastLine) && /[a-z]/.test(text[line[0]]);
}

/**
 * The span without surrounding white space (including U+2029 and NBSP), or null when nothing is left. Every
 * line and sentence of an article is trimmed: each character is looked up in `isWhiteSpace`'s table rather than
 * run through `/\s/`, a call into the pattern a character.
 */
export function trim(text: string, start: number, end: number): [number, number] | null {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? [start, end] : null;
}

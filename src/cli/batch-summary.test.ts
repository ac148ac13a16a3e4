import { describe, expect, it } from 'vitest';
import { countOf, problemsNote, skippedNote } from './batch-summary.js';

describe('batch summary words', () => {
  it('counts one thing in the singular and others in the plural', () => {
    expect(countOf(1, 'article')).toBe('1 article');
    expect(countOf(0, 'article')).toBe('0 articles');
    expect(countOf(12, 'event')).toBe('12 events');
  });

  it('names the skipped files, then only counts past three', () => {
    expect(skippedNote([])).toBe('0 skipped');
    expect(skippedNote(['in/README.md'])).toBe(
      '1 skipped (README.md: not .txt, .html, .json, .jsonl, .warc or .xml)',
    );
    expect(skippedNote(['a.md', 'b.pdf', 'c.doc', 'd.png', 'e.csv'])).toBe(
      '5 skipped (a.md, b.pdf, c.doc and 2 more: not .txt, .html, .json, .jsonl, .warc or .xml)',
    );
  });

  it('counts warnings beside errors only when there were some', () => {
    expect(problemsNote(1, 0)).toBe('1 error');
    expect(problemsNote(0, 1)).toBe('0 errors, 1 warning (read only in part or from a fallback; see above)');
  });
});

import { describe, expect, it } from 'vitest';
import { isMarsadError } from '../../core/errors.js';
import { assertAnalysable, MAX_ARTICLE_CHARS, MAX_PAGE_CHARS } from './size-gate.js';

function refusal(decoded: string, format: 'text' | 'html'): string | null {
  try {
    assertAnalysable('in.html', decoded, format);
    return null;
  } catch (e) {
    return isMarsadError(e) ? `${e.code}: ${e.message}` : String(e);
  }
}

const sentence = 'Rockets fell on the old market; two shops burned. ';

describe('the size gate', () => {
  it('refuses plain text longer than one article may be', () => {
    expect(refusal(sentence.repeat(MAX_ARTICLE_CHARS / sentence.length - 10), 'text')).toBeNull();
    expect(refusal(sentence.repeat(MAX_ARTICLE_CHARS / sentence.length + 10), 'text')).toBe(
      'ARTICLE_TOO_LONG: in.html: 500,500 characters of text, over the 500,000 one article may have',
    );
  });

  it('counts only the shown text of a page: scripts, styles, tags and indentation are not text', () => {
    const script = `<script>var cache = "${'x'.repeat(MAX_ARTICLE_CHARS)}";</script>`;
    const indented = `<div>\n${' '.repeat(40)}<p>${sentence}</p>\n</div>`.repeat(2000);
    expect(refusal(`<html>${script}<style>p{}</style><body>${indented}</body></html>`, 'html')).toBeNull();
    const long = `<p>${sentence}</p>`.repeat(MAX_ARTICLE_CHARS / sentence.length + 10);
    expect(refusal(long, 'html')).toMatch(/^ARTICLE_TOO_LONG: in\.html: 500,500 characters of text/);
  });

  it('refuses a page too big to parse before looking at its text', () => {
    expect(refusal(`<html>${' '.repeat(MAX_PAGE_CHARS)}</html>`, 'html')).toBe(
      'ARTICLE_TOO_LONG: in.html: 16.8 million characters of HTML, over the 16.8 million one page may have',
    );
  });
});

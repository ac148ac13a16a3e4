import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The stage matches one-word patterns (`/^…$/`) against token norms, where أ/إ/آ fold to ا, ى and ئ to ي,
 * ؤ to و and ة to ه: a pattern that spells a word with the unfolded letter can never match. Patterns that
 * open with `^\s*` run on raw text slices and may spell words as written.
 */
const UNFOLDED = /[أإآىئؤة]/;
const TOKEN_PATTERN = /\/\^((?:[^/\n\\]|\\.)*)\$\/[a-z]*/g;

function unfoldedTokenPatterns(source: string): string[] {
  return (
    [...source.matchAll(TOKEN_PATTERN)]
      .map((m) => m[1])
      .filter((body) => !body.startsWith('\\s*'))
      // A character class may list both spellings ("[ةه]"); only letters outside classes must be folded.
      .filter((body) => UNFOLDED.test(body.replace(/\[[^\]]*\]/g, '')))
  );
}

describe('one-word patterns of the extract stage', () => {
  const folder = fileURLToPath(new URL('.', import.meta.url));
  const files = readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

  it.each(files)('%s spells its Arabic words as the normalised token norms do', (file) => {
    expect(unfoldedTokenPatterns(readFileSync(`${folder}${file}`, 'utf8'))).toEqual([]);
  });

  it('finds a pattern spelled with a hamza or a final ya', () => {
    expect(unfoldedTokenPatterns('const X = /^(?:الغى|أو)$/;')).toHaveLength(1);
    expect(unfoldedTokenPatterns('const X = /^(?:عملي[ةه]|او)$/;')).toEqual([]);
  });
});

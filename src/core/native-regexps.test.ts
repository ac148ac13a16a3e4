import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The first statement of a source file below src/, as written. */
const firstLine = (path: string): string =>
  readFileSync(new URL(`../${path}`, import.meta.url), 'utf8').split('\n')[0];

describe('native-regexps', () => {
  // A pattern run before the flag is set keeps its interpreter: the product's entry points import it first.
  it.each(['app/index.ts', 'cli/main.ts'])('is the first import of %s', (path) => {
    expect(firstLine(path)).toBe("import '../core/native-regexps.js';");
  });

  it('leaves a pattern matching as before', async () => {
    await import('./native-regexps.js');
    const pattern = /\b(?:interior|defen[cs]e)\s+ministry\b/gi;
    expect(
      [...'Near the Interior Ministry and the defence ministry.'.matchAll(pattern)].map((m) => m.index),
    ).toEqual([9, 35]);
  });
});

import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.dirname(fileURLToPath(import.meta.url));

/**
 * Article text is hostile input. The UI builds DOM with text nodes only (src/dom/h.ts); these are the ways
 * a string could still be parsed as HTML, including Leaflet's, which parses string content as markup.
 */
const SINKS: Array<[string, RegExp]> = [
  ['innerHTML / outerHTML', /\.(inner|outer)HTML\b/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['HTML parsers', /DOMParser|createContextualFragment|parseFromString/],
  ['Leaflet string content', /\.(bindTooltip|bindPopup|setContent)\(\s*['"`]/],
  ['Leaflet divIcon html string', /html:\s*['"`]/],
  ['eval-like calls', /\beval\(|new Function\(/],
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('the UI source', () => {
  const files = sources(SRC);

  it('is found by this check', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(SINKS)('never reaches an HTML sink: %s', (_, pattern) => {
    const hits = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(hits.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});

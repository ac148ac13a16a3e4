import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The rule of docs/ARCHITECTURE.md: arrows point inward. Each layer lists what it may import from src/.
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

function layerOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  if (parts[0] === 'stages' || parts[0] === 'adapters') return `${parts[0]}/${parts[1]}`;
  return parts[0];
}

function allowed(from: string, to: string): boolean {
  if (from === to || to === 'core') return true;
  if (from === 'core') return false;
  if (from === 'pipeline') return false;
  if (from.startsWith('stages/')) return false;
  if (from.startsWith('adapters/')) return false;
  if (from === 'app') return to === 'pipeline' || to.startsWith('stages/') || to.startsWith('adapters/');
  // `marsad serve` is the one command that starts the HTTP server.
  if (from === 'cli') return to === 'app' || to === 'server';
  if (from === 'server') return to === 'app';
  return false;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function violations(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const target = resolve(dirname(file), match[1] ?? match[2]);
      if (!target.startsWith(SRC)) continue;
      const from = layerOf(file);
      const to = layerOf(target);
      if (!allowed(from, to))
        found.push(`${relative(SRC, file)} imports ${relative(SRC, target)} (${from} → ${to})`);
    }
  }
  return found;
}

describe('the architecture', () => {
  it('has every import pointing inward, as docs/ARCHITECTURE.md draws it', () => {
    expect(violations()).toEqual([]);
  });

  it('reads the imports of the source files it checks', () => {
    // No files or an import pattern that matches nothing would leave no violations to find.
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    const extract = readFileSync(join(SRC, 'stages/extract/index.ts'), 'utf8');
    const targets = [...extract.matchAll(IMPORT)].map((m) => m[1] ?? m[2]);
    expect(targets).toContain('./place-memory.js');
    expect(targets).toContain('../../core/records.js');
  });

  it('recognises a stage reaching into another stage as a violation', () => {
    expect(allowed('stages/extract', 'stages/knowledge')).toBe(false);
    expect(allowed('stages/extract', 'core')).toBe(true);
    expect(allowed('cli', 'stages/clean')).toBe(false);
    expect(allowed('app', 'stages/clean')).toBe(true);
  });
});

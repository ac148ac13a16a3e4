import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  lexiconStamp,
  readLexiconCache,
  SHIPPED_LEXICONS,
  shippedLexicon,
  writeShippedLexiconCache,
} from './lexicon-cache.js';
import { LEXICON_DIR, loadLexicon } from './lexicon-loader.js';

/** A copy of the shipped lexicon folder and a cache file written from it, in a fresh temporary folder. */
function cachedCopy(): { dir: URL; cacheFile: string } {
  const root = mkdtempSync(join(tmpdir(), 'marsad-lexicon-cache-'));
  const dataDir = join(root, 'lexicons');
  cpSync(LEXICON_DIR, dataDir, { recursive: true, preserveTimestamps: true });
  const dir = pathToFileURL(`${dataDir}/`);
  const cacheFile = join(root, 'lexicon-cache.bin');
  writeShippedLexiconCache(cacheFile, dir);
  return { dir, cacheFile };
}

/** The cache file with every "fishermen" in it spelled "fisherxen": same length, same layout. */
function respellFishermen(cacheFile: string): void {
  const latin = readFileSync(cacheFile, 'latin1');
  writeFileSync(cacheFile, latin.replaceAll('fishermen', 'fisherxen'), 'latin1');
}

const wordsOf = (phrases: { words: string[] }[]): string[] => phrases.map((p) => p.words.join(' '));

describe('the built lexicon cache', () => {
  it('reads back every shipped lexicon exactly as it is expanded from its file', () => {
    const { dir, cacheFile } = cachedCopy();
    const cached = readLexiconCache(cacheFile, lexiconStamp(dir));
    expect([...cached!.keys()]).toEqual(SHIPPED_LEXICONS);
    // Strictly: the same fields, undefined ones too, in the same order, phrase for phrase.
    for (const name of SHIPPED_LEXICONS) {
      const built = loadLexicon(name, dir);
      expect(cached!.get(name)!.map((p) => Object.entries(p))).toStrictEqual(
        built.map((p) => Object.entries(p)),
      );
    }
  });

  it('is what is read when it was written from the files on disk', () => {
    const { dir, cacheFile } = cachedCopy();
    // A word changed in the cache alone, stamp kept: only lexicons read from the cache have it.
    respellFishermen(cacheFile);
    const nouns = wordsOf(shippedLexicon('events-actor-nouns.tsv', { dir, cacheFile }));
    expect(nouns).toContain('fisherxen');
    expect(nouns).not.toContain('fishermen');
  });

  it('is passed over once a lexicon file changes, and the lexicons are expanded from the files', () => {
    const { dir, cacheFile } = cachedCopy();
    respellFishermen(cacheFile);
    appendFileSync(new URL('events-actor-nouns.tsv', dir), '# a note added after the build\n');
    const nouns = shippedLexicon('events-actor-nouns.tsv', { dir, cacheFile });
    expect(wordsOf(nouns)).toContain('fishermen');
    expect(nouns).toStrictEqual(loadLexicon('events-actor-nouns.tsv', dir));
  });

  it('is passed over when missing, cut short or when its header is no JSON, without an error', () => {
    const { dir, cacheFile } = cachedCopy();
    const whole = readFileSync(cacheFile);
    const built = loadLexicon('events-cues.tsv', dir);
    expect(shippedLexicon('events-cues.tsv', { dir, cacheFile: `${cacheFile}.absent` })).toStrictEqual(built);
    for (const [i, broken] of [
      whole.subarray(0, whole.length >> 1),
      Buffer.concat([whole.subarray(0, 8), Buffer.from('{{')]),
    ].entries()) {
      const brokenFile = `${cacheFile}.${i}`;
      writeFileSync(brokenFile, broken);
      expect(readLexiconCache(brokenFile, lexiconStamp(dir))).toBeNull();
      expect(shippedLexicon('events-cues.tsv', { dir, cacheFile: brokenFile })).toStrictEqual(built);
    }
  });
});

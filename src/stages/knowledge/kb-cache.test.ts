import { appendFileSync, cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from './kb-types.js';
import { ROOT, type PackedTrie } from './packed-trie.js';
import { sensesAt } from './packed-trie.js';
import {
  loadKnowledgeBase,
  shippedKnowledgeCacheFresh,
  writeShippedKnowledgeCache,
} from './knowledge-loader.js';
import { lookup } from './index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/kb/', import.meta.url));

/** A copy of the fixture data folder and a cache file built from it, in a fresh temporary folder. */
function cachedCopy(): { dataDir: string; cacheFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-kb-cache-'));
  const dataDir = join(dir, 'data');
  cpSync(FIXTURES, dataDir, { recursive: true });
  const cacheFile = join(dir, 'kb-cache.bin');
  writeShippedKnowledgeCache(cacheFile, dataDir);
  return { dataDir, cacheFile };
}

/** Every path of the trie with the senses stored there, in edge order: two equal tries give equal lists. */
function triePaths(trie: PackedTrie): string[] {
  const out: string[] = [];
  const walk = (node: number, path: string): void => {
    const senses = (trie.senses(node) ?? []).map((s) => `${s.entity.id}/${s.via}/${s.written}`);
    out.push(`${path} ${trie.hasChildren(node) ? 'inner' : 'leaf'} ${senses.join(' ')}`);
    trie.forEachChild(node, (token, child) => walk(child, `${path}|${token}`));
  };
  walk(ROOT, '');
  return out;
}

/** The cache file with every "tripoli" in it (the token, the ids) spelled "xripoli": same length, same layout. */
function respellTripoli(cacheFile: string): void {
  writeFileSync(cacheFile, readFileSync(cacheFile, 'latin1').replaceAll('tripoli', 'xripoli'), 'latin1');
}

const entityRows = (kb: KnowledgeBase): string[] =>
  [...kb.entities.values()].map((e) => `${JSON.stringify(e)} ${Object.isFrozen(e.aliases_ar)}`);

describe('the built knowledge-base cache', () => {
  it('reads back the base exactly as it is built from the data files', async () => {
    const { dataDir, cacheFile } = cachedCopy();
    const built = await loadKnowledgeBase({ dataDir, cacheFile: join(dataDir, 'absent.json') });
    const cached = await loadKnowledgeBase({ dataDir, cacheFile });
    expect(entityRows(cached)).toEqual(entityRows(built));
    expect(triePaths(cached.trie)).toEqual(triePaths(built.trie));
    expect(cached.sources).toEqual(built.sources);
    // Senses point at the very entities of the map, as the matcher and the chooser compare them.
    const sense = sensesAt(cached.trie, ['tripoli'])[0];
    expect(cached.entities.get(sense!.entity.id)).toBe(sense!.entity);
  });

  it('tells whether it would be read: not once a data file has changed since it was written', () => {
    const { dataDir, cacheFile } = cachedCopy();
    expect(shippedKnowledgeCacheFresh(cacheFile, dataDir)).toBe(true);
    expect(shippedKnowledgeCacheFresh(join(dataDir, 'absent.bin'), dataDir)).toBe(false);
    appendFileSync(join(dataDir, 'places', 'places.tsv'), '\n');
    expect(shippedKnowledgeCacheFresh(cacheFile, dataDir)).toBe(false);
  });

  it('is what is read when it was built from the files on disk', async () => {
    const { dataDir, cacheFile } = cachedCopy();
    // A key of the trie changed in the cache alone, stamp kept: only a base read from the cache has it.
    expect(lookup(await loadKnowledgeBase({ dataDir, cacheFile }), 'Xripoli')).toEqual([]);
    respellTripoli(cacheFile);
    const kb = await loadKnowledgeBase({ dataDir, cacheFile });
    expect(lookup(kb, 'Xripoli')[0]).toMatchObject({ country: 'LY' });
  });

  it('is passed over when cut short or when its header is no JSON, and the base is built from the files', async () => {
    const { dataDir, cacheFile } = cachedCopy();
    const whole = readFileSync(cacheFile);
    for (const broken of [
      whole.subarray(0, whole.length >> 1),
      Buffer.concat([whole.subarray(0, 8), Buffer.from('{{')]),
    ]) {
      writeFileSync(cacheFile, broken);
      const kb = await loadKnowledgeBase({ dataDir, cacheFile });
      expect(lookup(kb, 'Tripoli')[0]).toMatchObject({ country: 'LY' });
    }
  });

  it('is still read after the folder holding it and its data moved whole, not once a file is renamed', async () => {
    const { dataDir, cacheFile } = cachedCopy();
    respellTripoli(cacheFile);
    const moved = `${dirname(dataDir)}-moved`;
    renameSync(dirname(dataDir), moved);
    const options = { dataDir: join(moved, 'data'), cacheFile: join(moved, 'kb-cache.bin') };
    expect(lookup(await loadKnowledgeBase(options), 'Xripoli')[0]).toMatchObject({ country: 'LY' });
    renameSync(join(moved, 'data', 'places', 'places.tsv'), join(moved, 'data', 'places', 'renamed.tsv'));
    expect(lookup(await loadKnowledgeBase(options), 'Xripoli')).toEqual([]);
  });

  it('is not read once a data file changed, nor when a user folder adds rows', async () => {
    const { dataDir, cacheFile } = cachedCopy();
    respellTripoli(cacheFile);
    const userDir = mkdtempSync(join(tmpdir(), 'marsad-kb-user-'));
    cpSync(join(FIXTURES, 'actors', 'actors.tsv'), join(userDir, 'more-actors.tsv'));
    const withUser = await loadKnowledgeBase({ dataDir, cacheFile, userDirs: [userDir] });
    expect(lookup(withUser, 'Xripoli')).toEqual([]);
    const places = join(dataDir, 'places', 'places.tsv');
    writeFileSync(places, `${readFileSync(places, 'utf8')}\n`);
    const edited = await loadKnowledgeBase({ dataDir, cacheFile });
    expect(lookup(edited, 'Xripoli')).toEqual([]);
  });
});

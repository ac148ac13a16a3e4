import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase, NameTrieNode } from './kb-types.js';
import { loadKnowledgeBase, writeShippedKnowledgeCache } from './knowledge-loader.js';
import { lookup } from './index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/kb/', import.meta.url));

/** A copy of the fixture data folder and a cache file built from it, in a fresh temporary folder. */
function cachedCopy(): { dataDir: string; cacheFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-kb-cache-'));
  const dataDir = join(dir, 'data');
  cpSync(FIXTURES, dataDir, { recursive: true });
  const cacheFile = join(dir, 'kb-cache.json');
  writeShippedKnowledgeCache(cacheFile, dataDir);
  return { dataDir, cacheFile };
}

/** Every path of the trie with the senses stored there, in map order: two equal tries give equal lists. */
function triePaths(trie: NameTrieNode): string[] {
  const out: string[] = [];
  const walk = (node: NameTrieNode, path: string): void => {
    const senses = (node.senses ?? []).map((s) => `${s.entity.id}/${s.via}/${s.written}`);
    out.push(`${path} ${node.next === undefined ? 'leaf' : 'inner'} ${senses.join(' ')}`);
    node.next?.forEach((child, token) => walk(child, `${path}|${token}`));
  };
  walk(trie, '');
  return out;
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
    const sense = cached.trie.next?.get('tripoli')?.senses?.[0];
    expect(cached.entities.get(sense!.entity.id)).toBe(sense!.entity);
  });

  it('is what is read when it was built from the files on disk', async () => {
    const { dataDir, cacheFile } = cachedCopy();
    // A key of the trie changed in the cache alone, stamp kept: only a base read from the cache has it.
    expect(lookup(await loadKnowledgeBase({ dataDir, cacheFile }), 'Xtripoli')).toEqual([]);
    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replace('"tripoli"', '"xtripoli"'));
    const kb = await loadKnowledgeBase({ dataDir, cacheFile });
    expect(lookup(kb, 'Xtripoli')[0]).toMatchObject({ country: 'LY' });
  });

  it('is still read after the folder holding it and its data moved whole, not once a file is renamed', async () => {
    const { dataDir, cacheFile } = cachedCopy();
    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replace('"tripoli"', '"xtripoli"'));
    const moved = `${dirname(dataDir)}-moved`;
    renameSync(dirname(dataDir), moved);
    const options = { dataDir: join(moved, 'data'), cacheFile: join(moved, 'kb-cache.json') };
    expect(lookup(await loadKnowledgeBase(options), 'Xtripoli')[0]).toMatchObject({ country: 'LY' });
    renameSync(join(moved, 'data', 'places', 'places.tsv'), join(moved, 'data', 'places', 'renamed.tsv'));
    expect(lookup(await loadKnowledgeBase(options), 'Xtripoli')).toEqual([]);
  });

  it('is not read once a data file changed, nor when a user folder adds rows', async () => {
    const { dataDir, cacheFile } = cachedCopy();
    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replace('"tripoli"', '"xtripoli"'));
    const userDir = mkdtempSync(join(tmpdir(), 'marsad-kb-user-'));
    cpSync(join(FIXTURES, 'actors', 'actors.tsv'), join(userDir, 'more-actors.tsv'));
    const withUser = await loadKnowledgeBase({ dataDir, cacheFile, userDirs: [userDir] });
    expect(lookup(withUser, 'Xtripoli')).toEqual([]);
    const places = join(dataDir, 'places', 'places.tsv');
    writeFileSync(places, `${readFileSync(places, 'utf8')}\n`);
    const edited = await loadKnowledgeBase({ dataDir, cacheFile });
    expect(lookup(edited, 'Xtripoli')).toEqual([]);
  });
});

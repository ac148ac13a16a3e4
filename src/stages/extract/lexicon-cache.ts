import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStampedFile, StringIndexer, StringTable, writeSectionFile } from '../../core/binary-sections.js';
import { CODE_ROOT, coreCodeStamps, filesIn, stamped } from '../../core/source-stamp.js';
import { LEXICON_DIR, loadLexicon, type LexiconPhrase } from './lexicon-loader.js';

/**
 * The shipped lexicons as loaded — every Arabic verb and noun spelled out in its forms, every word set
 * expanded: 17k trigger phrases from a few hundred lines — in one binary file beside the compiled code
 * (`dist/lexicon-cache.bin`, written by `npm run build`). Expanding them took about 0.2 s of every start;
 * read back, they are a few flat arrays and one table of strings (core/binary-sections.ts). The TSVs in
 * `data/lexicons/` stay the only source: the file carries a stamp of the lexicon files and of the code that
 * expands them, and a file whose stamp differs from the files on disk (or that is missing or damaged) is not
 * read, so an edit is never hidden — the lexicons are expanded from the TSVs until the next build.
 */

/** Where the expanded lexicons are written and looked for: the folder above `stages/`, i.e. `dist/`. */
export const LEXICON_CACHE_FILE = fileURLToPath(new URL('../../lexicon-cache.bin', import.meta.url));

/** The lexicons the extract stage reads, all kept in the file. */
export const SHIPPED_LEXICONS = ['events-triggers.tsv', 'events-cues.tsv', 'events-actor-nouns.tsv'];

/** The modules of this folder that expand a lexicon, or lay it out in the file. */
const EXPANDING_MODULES = ['lexicon-loader', 'arabic-forms', 'word-sets', 'lexicon-cache'];

/** Numbers of `fields` a phrase: its lang, tag, strength, pos and flags (see `IMPERFECT`, `GAPPED`). */
const FIELDS = 5;
const IMPERFECT = 1;
const GAPPED = 2;

/** The file's header: read, and its stamp compared, before any section is. */
interface CacheHeader {
  stamp: string;
  /** Each lexicon's file name and how many phrases it has, in the order they are stored. */
  lexicons: [string, number][];
}

/**
 * What the lexicons of `dir` are expanded from, as one string: each TSV file of the folder and each file of
 * the code that expands them, by size, modification time and path below its folder.
 *
 * @example lexiconStamp(LEXICON_DIR).includes('data:events-triggers.tsv')
 */
export function lexiconStamp(dir: URL): string {
  const dataDir = fileURLToPath(dir);
  const here = fileURLToPath(new URL('./', import.meta.url));
  const expanding = filesIn(here, '').filter((file) =>
    EXPANDING_MODULES.some((module) => basename(file).startsWith(`${module}.`)),
  );
  return [
    ...stamped('data', dataDir, filesIn(dataDir, '.tsv')),
    ...stamped('code', CODE_ROOT, expanding),
    ...coreCodeStamps(),
  ].join('\n');
}

/**
 * Writes lexicons to `file` under `stamp` (whole to a temporary file, then renamed, so a reader never meets
 * half a file).
 */
export function writeLexiconCache(
  file: string,
  stamp: string,
  lexicons: ReadonlyMap<string, readonly LexiconPhrase[]>,
): void {
  const strings = new StringIndexer();
  const phrases = [...lexicons.values()].flat();
  const fields = new Int32Array(phrases.length * FIELDS);
  const wordEnds = new Int32Array(phrases.length);
  const words: number[] = [];
  const gaps: number[] = [];
  phrases.forEach((phrase, i) => {
    const flags = (phrase.imperfect ? IMPERFECT : 0) | (phrase.gaps ? GAPPED : 0);
    fields.set(
      [phrase.lang, phrase.tag, phrase.strength, phrase.pos].map((s) => strings.of(s)),
      i * FIELDS,
    );
    fields[i * FIELDS + 4] = flags;
    phrase.words.forEach((word, k) => {
      words.push(strings.of(word));
      gaps.push(phrase.gaps?.[k] ?? 0);
    });
    wordEnds[i] = words.length;
  });
  const table = strings.table();
  for (let i = 0; i < phrases.length; i++)
    for (let k = 0; k < FIELDS - 1; k++) fields[i * FIELDS + k] = table.renumber[fields[i * FIELDS + k]];
  writeSectionFile<CacheHeader>(file, {
    header: { stamp, lexicons: [...lexicons].map(([name, list]) => [name, list.length]) },
    sections: {
      ...table.sections,
      fields,
      wordEnds,
      words: Int32Array.from(words, (id) => table.renumber[id]),
      gaps: Int32Array.from(gaps),
    },
  });
}

/**
 * The lexicons stored in `file` when it was written under `stamp`, by file name, each phrase as
 * `loadLexicon` makes it (the same fields in the same order); null when there is no such file, it is
 * damaged or it was written from other sources.
 */
export function readLexiconCache(file: string, stamp: string): Map<string, LexiconPhrase[]> | null {
  const content = readStampedFile<CacheHeader>(file, stamp);
  if (content === null) return null;
  const { fields, wordEnds, words, gaps } = content.sections;
  const strings = new StringTable(content.sections);
  const count = content.sections.narrowEnds.length + content.sections.wideEnds.length;
  // Each string cut from the table once: the phrases share them.
  const text = Array.from({ length: count }, (_, i) => strings.at(i));
  const phrases: LexiconPhrase[] = [];
  for (let i = 0, from = 0; i < wordEnds.length; from = wordEnds[i++]) {
    const at = i * FIELDS;
    const flags = fields[at + 4];
    const phraseWords: string[] = [];
    for (let k = from; k < wordEnds[i]; k++) phraseWords.push(text[words[k]]);
    phrases.push({
      lang: text[fields[at]] as LexiconPhrase['lang'],
      words: phraseWords,
      gaps: flags & GAPPED ? Array.from(gaps.subarray(from, wordEnds[i])) : undefined,
      tag: text[fields[at + 1]],
      strength: text[fields[at + 2]],
      pos: text[fields[at + 3]],
      imperfect: flags & IMPERFECT ? true : undefined,
    });
  }
  const lexicons = new Map<string, LexiconPhrase[]>();
  let start = 0;
  for (const [name, length] of content.header.lexicons) {
    if (start + length > phrases.length) return null;
    lexicons.set(name, phrases.slice(start, (start += length)));
  }
  return lexicons;
}

/** The lexicons read so far, by the cache file and lexicon folder they come from. */
const shipped = new Map<string, Map<string, LexiconPhrase[]>>();

/**
 * A lexicon of `dir` (the shipped folder by default), expanded: read back from `cacheFile` when it was
 * written from the files on disk, else expanded from its TSV. Each is read once a process: the stage and
 * the modules that read a lexicon's rows share its phrases, which no reader changes.
 *
 * @example shippedLexicon('events-cues.tsv').some((p) => p.tag === 'progov') === true
 */
export function shippedLexicon(
  fileName: string,
  { dir = LEXICON_DIR, cacheFile = LEXICON_CACHE_FILE }: { dir?: URL; cacheFile?: string } = {},
): LexiconPhrase[] {
  const key = `${cacheFile}\n${dir.href}`;
  let lexicons = shipped.get(key);
  if (!lexicons) {
    lexicons = readLexiconCache(cacheFile, lexiconStamp(dir)) ?? new Map();
    shipped.set(key, lexicons);
  }
  let phrases = lexicons.get(fileName);
  if (!phrases) lexicons.set(fileName, (phrases = loadLexicon(fileName, dir)));
  return phrases;
}

/**
 * Expands the shipped lexicons from their TSVs and writes them where `shippedLexicon` reads them back.
 *
 * @example writeShippedLexiconCache(); // after tsc, in npm run build
 */
export function writeShippedLexiconCache(file = LEXICON_CACHE_FILE, dir = LEXICON_DIR): void {
  const lexicons = new Map(SHIPPED_LEXICONS.map((name) => [name, loadLexicon(name, dir)]));
  writeLexiconCache(file, lexiconStamp(dir), lexicons);
}

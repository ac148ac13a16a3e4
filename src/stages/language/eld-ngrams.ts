import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStampedFile, writeSectionFile } from '../../core/binary-sections.js';
import { CODE_ROOT, coreCodeStamps, stamped } from '../../core/source-stamp.js';

/**
 * eld's detector over its 'medium' n-gram table packed into three typed arrays. The table ships as one
 * JavaScript object literal of 105k n-grams, each an object of scores by language: evaluating it cost
 * about 0.45 s of CPU and 190 MB of memory, for the few texts in a thousand the letters leave undecided.
 * Packed, it is some 2 MB, written beside the compiled code by `npm run build` (`dist/eld-ngrams.bin`) and
 * read back in a few milliseconds. eld's own code still scores: it is handed the packed table behind an
 * object that answers each n-gram it asks for with the scores its table holds, so every guess stays eld's.
 */

/** eld's table as its module exports it: n-gram → scores by language number. */
interface NgramsData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number> | undefined>;
}

/** The detector eld's entry files export. */
export type Detector = (typeof import('eld/medium'))['eld'];

const require = createRequire(import.meta.url);
/** eld's src/ folder: its package exports only the entry files, found the way `import` finds them. */
const ELD_SRC = join(dirname(fileURLToPath(import.meta.resolve('eld/medium'))), '..');
const MEDIUM_TABLE = join(ELD_SRC, 'ngrams', 'medium.js');
const DETECTOR_CODE = join(ELD_SRC, 'languageDetector.js');

/** Where the packed table is written and looked for: the folder above `stages/`, i.e. `dist/`. */
export const ELD_CACHE_FILE = fileURLToPath(new URL('../../eld-ngrams.bin', import.meta.url));

/**
 * The table packed: n-grams as numbers (`ngramCode`) in ascending order, and each one's scores as
 * `language << 8 | score` from `ends[i - 1]` to `ends[i]`.
 */
interface PackedTable {
  type: string;
  languages: Record<string, string>;
  codes: Float64Array;
  ends: Int32Array;
  scores: Int32Array;
}

/** The file's header: read, and its stamp compared, before any section is. */
interface CacheHeader {
  stamp: string;
  type: string;
  languages: Record<string, string>;
}

/**
 * An n-gram as a number, one byte a character: eld writes n-grams of at most six characters, each a byte
 * (U+0001–U+00FF), so no two share one, and 48 bits stay exact in a double. -1 for any other string, which
 * is in no table.
 *
 * @example ngramCode(' ab ') === 0x20616220
 */
export function ngramCode(ngram: string): number {
  if (ngram.length > 6) return -1;
  let code = 0;
  for (let i = 0; i < ngram.length; i++) {
    const c = ngram.charCodeAt(i);
    if (c === 0 || c > 0xff) return -1;
    code = code * 256 + c;
  }
  return code;
}

/** Packs eld's table; throws on an n-gram `ngramCode` cannot tell apart (a table of another make). */
export function packTable(data: NgramsData): PackedTable {
  const rows = Object.entries(data.ngrams).map(([ngram, scores]) => {
    const code = ngramCode(ngram);
    if (code < 0) throw new Error(`eld n-gram ${JSON.stringify(ngram)} cannot be packed`);
    return { code, scores: Object.entries(scores ?? {}) };
  });
  rows.sort((a, b) => a.code - b.code);
  const ends = new Int32Array(rows.length);
  const scores: number[] = [];
  rows.forEach((row, i) => {
    for (const [language, score] of row.scores) {
      if (!(score >= 0 && score <= 0xff && Number.isInteger(score))) throw new Error(`eld score ${score}`);
      scores.push((Number(language) << 8) | score);
    }
    ends[i] = scores.length;
  });
  const codes = Float64Array.from(rows, (row) => row.code);
  return { type: data.type, languages: data.languages, codes, ends, scores: Int32Array.from(scores) };
}

/** The scores of `ngram` by language number, as eld's table holds them; undefined when it has none. */
export function scoresOf(table: PackedTable, ngram: string): Record<string, number> | undefined {
  const code = ngramCode(ngram);
  if (code < 0) return undefined;
  let lo = 0;
  let hi = table.codes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = table.codes[mid];
    if (at < code) lo = mid + 1;
    else if (at > code) hi = mid - 1;
    else {
      const out: Record<string, number> = {};
      for (let k = mid === 0 ? 0 : table.ends[mid - 1]; k < table.ends[mid]; k++)
        out[table.scores[k] >> 8] = table.scores[k] & 0xff;
      return out;
    }
  }
  return undefined;
}

/** What the packed table is made from: eld's table and scorer, and the code that packs and reads it. */
export function eldStamp(): string {
  return [
    ...stamped('eld', ELD_SRC, [MEDIUM_TABLE, DETECTOR_CODE]),
    ...stamped('code', CODE_ROOT, [fileURLToPath(import.meta.url)]),
    ...coreCodeStamps(),
  ].join('\n');
}

/** The table stored in `file` when it was written under `stamp`; null when missing, damaged or stale. */
export function readEldCache(file: string, stamp: string): PackedTable | null {
  const content = readStampedFile<CacheHeader>(file, stamp);
  if (content === null) return null;
  const { codes, ends, scores } = content.sections;
  if (!(codes instanceof Float64Array) || !(ends instanceof Int32Array) || !(scores instanceof Int32Array))
    return null;
  return { type: content.header.type, languages: content.header.languages, codes, ends, scores };
}

/** eld's own table, packed from its module (the costly way: only when no packed file is current). */
const packMediumTable = (): PackedTable =>
  packTable((require(MEDIUM_TABLE) as { ngramsData: NgramsData }).ngramsData);

/**
 * Packs eld's table and writes it where `eldDetector` reads it back.
 *
 * @example writeShippedEldCache(); // after tsc, in npm run build
 */
export function writeShippedEldCache(file = ELD_CACHE_FILE): void {
  const table = packMediumTable();
  writeSectionFile<CacheHeader>(file, {
    header: { stamp: eldStamp(), type: table.type, languages: table.languages },
    sections: { codes: table.codes, ends: table.ends, scores: table.scores },
  });
}

let shared: NgramsData | undefined;

/**
 * The table in the shape eld loads, its n-grams answered from the packed arrays: eld reads `ngrams[gram]`
 * and walks the scores it gets, and does nothing else with the object.
 */
function tableData(): NgramsData {
  if (shared === undefined) {
    const table = readEldCache(ELD_CACHE_FILE, eldStamp()) ?? packMediumTable();
    const ngrams = new Proxy({} as NgramsData['ngrams'], {
      get: (_, gram) => (typeof gram === 'string' ? scoresOf(table, gram) : undefined),
    });
    shared = { type: table.type, languages: table.languages, ngrams };
  }
  return shared;
}

/**
 * A new eld detector (its own language subset) over the packed 'medium' table, as `eld/medium`'s
 * `newInstance()` makes one over the table it evaluates.
 *
 * @example eldDetector().detect('Der Angriff auf die Stadt wurde am Montag gemeldet').language === 'de'
 */
export function eldDetector(): Detector {
  const { createEld } = require(DETECTOR_CODE) as {
    createEld: () => { instance: Detector; loadData: (data: NgramsData) => string };
  };
  const { instance, loadData } = createEld();
  loadData(tableData());
  return instance;
}

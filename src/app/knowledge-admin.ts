import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { marsadHome } from '../core/config.js';
import { MarsadError } from '../core/errors.js';
import {
  applyAlternateName,
  divisionsOf,
  formatKbTsv,
  loadKnowledgeBase,
  lookup,
  mergeInto,
  parseAlternateNameLine,
  parseGeonamesLine,
  parseKbCsv,
  parseKbTsv,
  reconcile,
  type Entity,
  type KnowledgeBase,
  type LookupResult,
} from '../stages/knowledge/index.js';

/** What an import wrote: the user file, rows read, rows that were already known (merged), new entities. */
export interface ImportSummary {
  file: string;
  read: number;
  known: number;
  added: number;
}

/**
 * `$MARSAD_HOME/kb`, else `~/.marsad/kb`: where `marsad kb import` writes.
 *
 * @example defaultKbDir({ MARSAD_HOME: '/data/marsad' }) === '/data/marsad/kb'
 */
export function defaultKbDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(marsadHome(env), 'kb');
}

/**
 * Imports GeoNames dumps (cities*.txt, a country file, allCountries.txt; gzip or plain) and optionally an
 * alternateNames file (told apart by its column count) into `<kbDir>/geonames.tsv`, merged with what
 * earlier imports wrote there and reconciled with the whole base so no place is added twice.
 *
 * @example await importGeonames({ files: ['cities15000.txt', 'alternateNamesV2.txt'] })
 */
export async function importGeonames(options: { files: string[]; kbDir?: string }): Promise<ImportSummary> {
  const kbDir = options.kbDir ?? defaultKbDir();
  // An unreadable input is named before the knowledge base is read: that is the mistake to fix first.
  const columns = await Promise.all(options.files.map(columnCount));
  const kb = await loadKnowledgeBase({ userDirs: [kbDir] });
  const regionOf = divisionsOf(kb.entities);
  const places = new Map<string, Entity>();
  const alternates: string[] = [];
  for (const [k, file] of options.files.entries()) {
    if (columns[k] < 15) {
      alternates.push(file);
      continue;
    }
    for await (const line of lines(file)) {
      const entity = parseGeonamesLine(line, basename(file), regionOf);
      if (entity !== null) places.set(entity.refs[0].slice('geonames:'.length), entity);
    }
  }
  if (places.size === 0) {
    throw new MarsadError('INPUT_UNREADABLE', `no GeoNames place rows in ${options.files.join(', ')}`);
  }
  for (const file of alternates) {
    for await (const line of lines(file)) {
      const alt = parseAlternateNameLine(line);
      const place = alt === null ? undefined : places.get(alt.geonameId);
      if (alt !== null && place !== undefined) applyAlternateName(place, alt);
    }
  }
  return writeImport(kbDir, 'geonames.tsv', [...places.values()], 'marsad kb import geonames', kb);
}

/**
 * Imports a CSV of places or actors (columns named as in docs/knowledge-format.md; `kind` and `name_en` or
 * `name_ar` required) into `<kbDir>/csv-import.tsv`, reconciled with the whole base.
 *
 * @example await importCsv({ file: 'brigades.csv', kbDir: '/tmp/kb' })
 */
export async function importCsv(options: { file: string; kbDir?: string }): Promise<ImportSummary> {
  const rows = parseKbCsv(await readText(options.file), basename(options.file));
  return writeImport(options.kbDir ?? defaultKbDir(), 'csv-import.tsv', rows, 'marsad kb import csv');
}

/**
 * What a name resolves to with the shipped base plus the user's imports, best first, with reasons.
 *
 * @example (await lookupName('بطرابلس'))[0].entity_id === 'place:ly:tripoli'
 */
export async function lookupName(name: string, options: { kbDir?: string } = {}): Promise<LookupResult[]> {
  const kb = await loadKnowledgeBase({ userDirs: [options.kbDir ?? defaultKbDir()] });
  return oncePerEntity(lookup(kb, name));
}

/**
 * "Tenenkou" is both a name and (accents folded) an alias of one town: each entity is listed once, at its
 * best rank, with every way it matched among its reasons.
 */
export function oncePerEntity(results: readonly LookupResult[]): LookupResult[] {
  const byId = new Map<string, LookupResult>();
  for (const r of results) {
    const first = byId.get(r.entity_id);
    if (first === undefined) byId.set(r.entity_id, { ...r, why: [...r.why] });
    else first.why.push(...r.why.filter((w) => !first.why.includes(w)));
  }
  return [...byId.values()];
}

async function writeImport(
  kbDir: string,
  fileName: string,
  imported: Entity[],
  by: string,
  loaded?: KnowledgeBase,
): Promise<ImportSummary> {
  const kb = loaded ?? (await loadKnowledgeBase({ userDirs: [kbDir] }));
  const { rows, known, added } = reconcile(kb, imported);
  const target = join(kbDir, fileName);
  const merged = new Map<string, Entity>();
  for (const row of parseKbTsv(await readIfPresent(target), target)) mergeInto(merged, row);
  for (const row of rows) mergeInto(merged, row);
  await mkdir(kbDir, { recursive: true });
  // Write then rename, so an interrupted import never leaves half a file the next start-up would reject.
  await writeFile(
    `${target}.tmp`,
    formatKbTsv([...merged.values()], `written by ${by}; edit with care`),
    'utf8',
  );
  await rename(`${target}.tmp`, target);
  return { file: target, read: imported.length, known, added };
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new MarsadError('INPUT_UNREADABLE', `${file}: ${(error as Error).message}`, { cause: error });
  }
}

async function readIfPresent(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

function lines(file: string): AsyncIterable<string> {
  const stream = createReadStream(file);
  const input = file.endsWith('.gz') ? stream.pipe(createGunzip()) : stream;
  return createInterface({ input, crlfDelay: Infinity });
}

async function columnCount(file: string): Promise<number> {
  try {
    for await (const line of lines(file))
      if (line.trim() !== '' && !line.startsWith('#')) return line.split('\t').length;
  } catch (error) {
    throw new MarsadError('INPUT_UNREADABLE', `${file}: ${(error as Error).message}`, { cause: error });
  }
  return 0;
}

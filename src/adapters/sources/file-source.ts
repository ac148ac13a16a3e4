import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { MarsadError } from '../../core/errors.js';
import { sizeText } from '../../core/size-text.js';
import type { Source, SourceItem } from '../../core/ports.js';
import type { RawInput } from '../../core/records.js';
import { isFeedDocument, itemsOfFeed } from './feed-items.js';
import { hintsFromObject, rawInputFromRecord, recordsOfJson } from './json-records.js';
import { itemsOfWarc } from './warc-source.js';

const FORMAT_BY_EXTENSION: Record<string, RawInput['format'] | 'json' | 'jsonl' | 'warc' | 'xml'> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.warc': 'warc',
  '.gz': 'warc',
  '.xml': 'xml',
  '.rss': 'xml',
  '.atom': 'xml',
};

/**
 * One extension for each kind of file a folder walk reads, in the table's order, so a note on skipped files names
 * them from the same table the walk uses.
 *
 * @example READ_KINDS // ['.txt', '.html', '.json', '.jsonl', '.warc', '.xml']
 */
export const READ_KINDS: readonly string[] = Object.entries(FORMAT_BY_EXTENSION)
  .filter(([, kind], i, rows) => rows.findIndex(([, other]) => other === kind) === i)
  .map(([ext]) => ext);

export interface FileSourceOptions {
  maxBytes: number;
  /** Called for files a folder walk passes over (unsupported extensions), so the caller can count them. */
  onSkip?: (path: string) => void;
}

/**
 * Files and folders (recursive, sorted) as inputs. Folder walks take .txt, .html/.htm, .json/.jsonl, web
 * archives (.warc, .warc.gz) and feeds and sitemaps saved as .xml (.rss, .atom);
 * a file named explicitly is read whatever its extension. A file whose content is an RSS or Atom feed is
 * read as one, whatever its name (its items' pages fetched). A `NAME.meta.json` beside `NAME.txt` supplies
 * title, URL, date and author.
 *
 * @example for await (const item of createFileSource(['articles/'], { maxBytes: 8e6 }).items()) …
 */
export function createFileSource(paths: readonly string[], options: FileSourceOptions): Source {
  return {
    async *items() {
      for (const path of paths) yield* itemsOfPath(path, options, true);
    },
  };
}

async function* itemsOfPath(
  path: string,
  options: FileSourceOptions,
  explicit: boolean,
): AsyncGenerator<SourceItem> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield unreadable(path, e);
    return;
  }
  if (info.isDirectory()) {
    const entries = (await readdir(path)).sort();
    for (const entry of entries) yield* itemsOfPath(join(path, entry), options, false);
    return;
  }
  const ext = extname(path).toLowerCase();
  const format =
    ext === '.gz' && !path.toLowerCase().endsWith('.warc.gz') ? undefined : FORMAT_BY_EXTENSION[ext];
  if (format === 'warc') {
    yield* itemsOfWarc(path, options.maxBytes);
    return;
  }
  // A sidecar is read with its article, never on its own, and is not a skipped file either — also when named
  // among the inputs, as a shell glob (`articles/2015-*`) names it beside its article.
  if (path.endsWith('.meta.json') && (!explicit || (await hasArticleBeside(path)))) return;
  if (!explicit && !format) {
    options.onSkip?.(path);
    return;
  }
  if (info.size > options.maxBytes) {
    yield {
      source: path,
      error: new MarsadError(
        'INPUT_TOO_LARGE',
        `${path}: ${sizeText(info.size)} is over the ${sizeText(options.maxBytes)} limit for one input`,
      ),
    };
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    yield unreadable(path, e);
    return;
  }
  if (format === 'json' || format === 'jsonl') {
    yield* itemsOfJson(bytes, path, format === 'jsonl');
    return;
  }
  if (isFeedDocument(bytes)) {
    yield* itemsOfFeed(path, async () => bytes, { maxBytes: options.maxBytes });
    return;
  }
  if (format === 'xml') {
    const problem = `${path}: XML that is neither an RSS or Atom feed nor a sitemap`;
    yield { source: path, error: new MarsadError('INPUT_UNSUPPORTED', problem) };
    return;
  }
  yield { source: path, raw: { bytes, format: format ?? 'auto', hints: await sidecarHints(path) } };
}

function* itemsOfJson(bytes: Uint8Array, path: string, lines: boolean): Generator<SourceItem> {
  const text = new TextDecoder('utf-8').decode(bytes);
  for (const { where, record, error } of recordsOfJson(text, path, lines)) {
    if (error) {
      yield { source: where, error };
      continue;
    }
    try {
      yield { source: where, raw: rawInputFromRecord(record, where) };
    } catch (e) {
      yield { source: where, error: e as MarsadError };
    }
  }
}

/** Whether a `NAME.meta.json` has a `NAME.*` article beside it that it would be the sidecar of. */
async function hasArticleBeside(sidecar: string): Promise<boolean> {
  const name = basename(sidecar).slice(0, -'.meta.json'.length);
  const entries = await readdir(dirname(sidecar)).catch(() => []);
  return entries.some((entry) => {
    const ext = extname(entry);
    return entry === name + ext && ext.toLowerCase() !== '.json' && ext !== '';
  });
}

async function sidecarHints(path: string): Promise<RawInput['hints']> {
  const sidecar = path.slice(0, path.length - extname(path).length) + '.meta.json';
  try {
    const parsed: unknown = JSON.parse(await readFile(sidecar, 'utf8'));
    return parsed && typeof parsed === 'object' ? hintsFromObject(parsed as Record<string, unknown>) : {};
  } catch {
    // No sidecar, or one we cannot read: the article stands on its own text.
    return {};
  }
}

function unreadable(path: string, e: unknown): SourceItem {
  const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String(e);
  return { source: path, error: new MarsadError('INPUT_UNREADABLE', `${path}: ${reason}`) };
}

import { createReadStream, statSync } from 'node:fs';
import type * as Warcio from 'warcio';
import type { WARCParser, WARCRecord } from 'warcio';
import type { Diagnostic } from '../../core/records.js';
import { MarsadError } from '../../core/errors.js';
import type { SourceItem } from '../../core/ports.js';

/**
 * The HTML and plain-text responses of a web archive (.warc or .warc.gz), one input per record, named
 * `archive.warc.gz#<target URL>`. Records of other types and media (images, scripts, requests) are passed over.
 * An archive cut short is said so: the page record it cuts is read as far as it goes, with a warning naming
 * the archive and the record; a compressed record cut short, which cannot be read at all, is a named failure.
 */
export async function* itemsOfWarc(path: string, maxBytes: number): AsyncGenerator<SourceItem> {
  // Loaded with the first archive: some 50 ms of CPU that a run over text files or pages never needs.
  const { LimitReader, WARCParser } = await import('warcio');
  let parser: WARCParser;
  let ordinal = 0;
  try {
    parser = new WARCParser(createReadStream(path));
    for await (const record of parser) {
      ordinal++;
      const url = record.warcTargetURI ?? '';
      const contentType =
        record.httpHeaders?.headers.get('content-type') ??
        record.warcHeaders.headers.get('content-type') ??
        '';
      const isPage = record.warcType === 'response' || record.warcType === 'resource';
      if (!isPage || !/text\/html|application\/xhtml|text\/plain/i.test(contentType)) {
        await passOver(record);
        continue;
      }
      const source = `${path}#${url}`;
      const bytes = await record.readFully(true);
      const cut = cutNote(source, ordinal, record, LimitReader);
      if (bytes.length > maxBytes) {
        yield {
          source,
          error: new MarsadError('INPUT_TOO_LARGE', `${source}: the record is over the size limit`),
        };
        continue;
      }
      yield {
        source,
        raw: {
          bytes,
          format: /html/i.test(contentType) ? 'html' : 'text',
          charset: /charset=["']?([\w-]+)/i.exec(contentType)?.[1],
          hints: { url: url || undefined },
          ...(cut ? { notes: [cut] } : {}),
        },
      };
    }
    // A gzip member cut short ends the parse quietly, as if the archive ended before it.
    const size = statSync(path).size;
    if (parser.offset < size) {
      yield {
        source: path,
        error: new MarsadError(
          'INPUT_TRUNCATED',
          `${path}: the archive is cut short inside the record after record ${ordinal}; its last ${size - parser.offset} bytes, from offset ${parser.offset}, could not be read`,
        ),
      };
    }
  } catch (e) {
    yield {
      source: path,
      error: new MarsadError(
        'INPUT_UNSUPPORTED',
        `${path}: not a readable WARC file (${(e as Error).message})`,
      ),
    };
  }
}

/**
 * The warning for a record the archive ends inside of: its stated length is longer than what the file
 * still holds, so the page was read only in part. Null for a whole record.
 */
function cutNote(
  source: string,
  ordinal: number,
  record: WARCRecord,
  LimitReader: typeof Warcio.LimitReader,
): Diagnostic | null {
  const missing = record._reader instanceof LimitReader ? record._reader.limit : 0;
  if (missing <= 0) return null;
  return {
    code: 'INPUT_TRUNCATED',
    severity: 'warning',
    message: `${source}: record ${ordinal} of the archive is cut short (${missing} of its ${record.warcContentLength} bytes are missing); only the part that is there was read`,
  };
}

/**
 * Reads past a record marsad does not use. warcio's own skip loops for ever when an archive is cut short
 * inside a record (it waits for bytes past the end of the file); reading the record's bytes ends at the
 * end of the file, and marking it skipped keeps the parser from trying again.
 */
async function passOver(record: WARCRecord): Promise<void> {
  for await (const _chunk of record.reader);
  record.consumed = 'skipped';
}

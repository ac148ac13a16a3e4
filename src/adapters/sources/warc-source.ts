import { createReadStream } from 'node:fs';
import { WARCParser, type WARCRecord } from 'warcio';
import { MarsadError } from '../../core/errors.js';
import type { SourceItem } from '../../core/ports.js';

/**
 * The HTML and plain-text responses of a web archive (.warc or .warc.gz), one input per record, named
 * `archive.warc.gz#<target URL>`. Records of other types and media (images, scripts, requests) are passed over.
 */
export async function* itemsOfWarc(path: string, maxBytes: number): AsyncGenerator<SourceItem> {
  let parser: WARCParser;
  try {
    parser = new WARCParser(createReadStream(path));
    for await (const record of parser) {
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
        },
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
 * Reads past a record marsad does not use. warcio's own skip loops for ever when an archive is cut short
 * inside a record (it waits for bytes past the end of the file); reading the record's bytes ends at the
 * end of the file, and marking it skipped keeps the parser from trying again.
 */
async function passOver(record: WARCRecord): Promise<void> {
  for await (const _chunk of record.reader);
  record.consumed = 'skipped';
}

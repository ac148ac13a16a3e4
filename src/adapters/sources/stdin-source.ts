import { MarsadError } from '../../core/errors.js';
import type { Source } from '../../core/ports.js';
import { isFeedDocument, itemsOfFeed } from './feed-items.js';

/**
 * Standard input as one article (`marsad extract -`), format sniffed by the ingest stage; or, when its
 * content is an RSS or Atom feed or a sitemap, its items, as a file's are.
 *
 * @example createStdinSource(process.stdin, 8e6)
 */
export function createStdinSource(stream: NodeJS.ReadableStream, maxBytes: number): Source {
  return {
    async *items() {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of stream) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
        size += buffer.length;
        if (size > maxBytes) {
          yield {
            source: '-',
            error: new MarsadError('INPUT_TOO_LARGE', `-: standard input is over the ${maxBytes} byte limit`),
          };
          return;
        }
        chunks.push(buffer);
      }
      const bytes = Buffer.concat(chunks);
      if (isFeedDocument(bytes)) yield* itemsOfFeed('-', async () => bytes, { maxBytes });
      else yield { source: '-', raw: { bytes, format: 'auto', hints: {} } };
    },
  };
}

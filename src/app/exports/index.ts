import type { StoredEvent } from '../../core/article-output.js';
import type { EventFilter, Store } from '../../core/ports.js';
import { withArabicNames, type ArabicNames } from '../arabic-names.js';
import { cachedLookup, type ArticleLookup } from './article-lookup.js';
import { csvExport } from './csv-export.js';
import { geojsonExport } from './geojson-export.js';
import { stixExport } from './stix-export.js';

export { CSV_COLUMNS, csvCell } from './csv-export.js';
export { EVENT_EXTENSION_ID } from './stix-extension.js';
export type { ArticleLookup } from './article-lookup.js';

export const EXPORT_FORMATS = ['csv', 'geojson', 'stix', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Media type and file extension of each format, for HTTP responses and file names. */
export const EXPORT_MEDIA: Record<ExportFormat, { type: string; extension: string }> = {
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  geojson: { type: 'application/geo+json', extension: 'geojson' },
  stix: { type: 'application/stix+json;version=2.1', extension: 'stix.json' },
  jsonl: { type: 'application/x-ndjson', extension: 'jsonl' },
};

export interface ExportOptions {
  /** Where event evidence is read from: the stored articles. */
  articles: ArticleLookup;
  /** The time STIX objects are stamped with. */
  now?: () => Date;
  /** Where Arabic names of places and actors come from; without it the Arabic columns stay empty. */
  knowledge?: ArabicNames;
}

/**
 * Serialises events in one format, as chunks of text to stream; used by the API and the CLI alike.
 *
 * @example
 * for await (const chunk of exportEvents('csv', events, { articles: (id) => store.getArticle(id) })) {
 *   process.stdout.write(chunk);
 * }
 */
export function exportEvents(
  format: ExportFormat,
  events: AsyncIterable<StoredEvent>,
  options: ExportOptions,
): AsyncIterable<string> {
  const articles = cachedLookup(options.articles);
  if (options.knowledge) events = namedEvents(events, options.knowledge);
  switch (format) {
    case 'csv':
      return csvExport(events, articles);
    case 'geojson':
      return geojsonExport(events, articles);
    case 'stix':
      return stixExport(events, articles, options.now);
    case 'jsonl':
      return jsonlExport(events);
  }
}

async function* namedEvents(
  events: AsyncIterable<StoredEvent>,
  knowledge: ArabicNames,
): AsyncIterable<StoredEvent> {
  for await (const event of events) yield withArabicNames(event, knowledge);
}

async function* jsonlExport(events: AsyncIterable<StoredEvent>): AsyncIterable<string> {
  for await (const event of events) yield `${JSON.stringify(event)}\n`;
}

/**
 * Every event matching a filter, page after page, for exports of any size.
 *
 * @example for await (const e of storedEvents(store, { country: ['SY'] })) console.log(e.id);
 */
export async function* storedEvents(
  store: Pick<Store, 'listEvents'>,
  filter: EventFilter,
): AsyncIterable<StoredEvent> {
  let cursor: string | undefined;
  do {
    const page = await store.listEvents({ ...filter, limit: EXPORT_PAGE, cursor });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

const EXPORT_PAGE = 1000;

import type { StoredEvent } from '../../core/article-output.js';
import { evidenceTexts, type ArticleLookup } from './article-lookup.js';
import { countryName } from '../../core/country-names.js';
import { countryNumeric } from './country-codes.js';
import { arabicColumns, englishNameOf } from '../arabic-names.js';
import { countColumns } from './count-columns.js';
import { sourceLabel } from '../../core/source-label.js';

/**
 * Columns: ACLED's names where a column means what ACLED's means (event_id_cnty … fatalities), then
 * marsad's own; the `_ar` columns hold the knowledge base's Arabic names, and a name known only in Arabic
 * (the English columns are then empty: see englishNameOf). `iso` is the ISO 3166-1 numeric code, as in
 * ACLED; `iso2` is the alpha-2 code.
 */
export const CSV_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'iso',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
  'iso2',
  'timing',
  'injuries',
  'claimed_by',
  'fatalities_qualifier',
  'injuries_qualifier',
  'date_precision',
  'date_basis',
  'evidence',
  'confidence',
  'article_id',
  'article_url',
  'language',
  'location_ar',
  'actor1_ar',
  'actor2_ar',
  'claimed_by_ar',
] as const;

// ACLED time_precision: 1 = the day is known, 2 = the week, 3 = only the month (or coarser).
const TIME_PRECISION = { day: 1, month: 3, year: 3 } as const;
// ACLED geo_precision: 1 = the town itself, 2 = a part of a region near it, 3 = only the region.
const GEO_PRECISION = { site: 1, town: 1, district: 2, region: 3, country: 3 } as const;
// A cell starting with one of these is run as a formula by spreadsheets.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read Arabic right).
 *
 * @example for await (const chunk of csvExport(events, lookup)) out.write(chunk);
 */
export async function* csvExport(
  events: AsyncIterable<StoredEvent>,
  articles: ArticleLookup,
): AsyncIterable<string> {
  yield `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;
  for await (const event of events) {
    const row = await csvRow(event, articles);
    yield `${CSV_COLUMNS.map((c) => csvCell(row[c])).join(',')}\r\n`;
  }
}

async function csvRow(
  e: StoredEvent,
  articles: ArticleLookup,
): Promise<Record<(typeof CSV_COLUMNS)[number], unknown>> {
  const article = await articles(e.article_id);
  const country = e.location?.country ?? null;
  return {
    event_id_cnty: e.id,
    event_date: e.date?.value ?? null,
    year: e.date?.value.slice(0, 4) ?? null,
    time_precision: e.date ? TIME_PRECISION[e.date.precision] : null,
    event_type: e.event_type?.value ?? null,
    sub_event_type: e.sub_event_type?.value ?? null,
    actor1: englishNameOf(e.actor1),
    actor2: englishNameOf(e.actor2),
    iso: country ? countryNumeric(country) : null,
    country: country ? countryName(country) : null,
    admin1: admin1Of(e, article?.mentions ?? []),
    location: englishNameOf(e.location),
    latitude: e.location?.lat ?? null,
    longitude: e.location?.lon ?? null,
    // A place with no coordinates (a village the base does not hold) has no point to be precise about: 1
    // would tell a reader the row's map pin is the town itself.
    geo_precision: e.location?.lat != null ? GEO_PRECISION[e.location.precision] : null,
    // ACLED's source is the outlet; a file with no publisher is named, not the path it had on the disk.
    source: article?.publisher?.value ?? sourceLabel(article?.url, e.source),
    notes: evidenceTexts(article, e.evidence).join(' … '),
    ...countColumns(e),
    iso2: country,
    timing: e.timing?.value ?? null,
    claimed_by: englishNameOf(e.claimed_by),
    date_precision: e.date?.precision ?? null,
    date_basis: e.date?.basis ?? null,
    evidence: e.evidence.map(([s, t]) => `${s}-${t}`).join(';'),
    confidence: e.confidence,
    article_id: e.article_id,
    article_url: article?.url ?? null,
    language: e.language,
    ...arabicColumns(e),
  };
}

function admin1Of(
  e: StoredEvent,
  mentions: NonNullable<Awaited<ReturnType<ArticleLookup>>>['mentions'],
): string | null {
  const place = e.location;
  if (!place) return null;
  if (place.precision === 'region') return englishNameOf(place);
  return mentions.find((m) => m.entity_id === place.entity_id && m.place)?.place?.admin1 ?? null;
}

/** One RFC 4180 cell; text a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

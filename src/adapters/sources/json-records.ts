import { SCHEMA_VERSION } from '../../core/article-output.js';
import { compactRecordError, MarsadError } from '../../core/errors.js';
import type { InputHints, RawInput } from '../../core/records.js';

const encoder = new TextEncoder();

/** Field names accepted for each hint, first match wins (ours, then common exporters' and schema.org's). */
const HINT_FIELDS: Record<keyof InputHints, readonly string[]> = {
  title: ['title', 'headline', 'article_title'],
  url: ['url', 'link', 'canonical_url'],
  published: ['published', 'date_published', 'datePublished', 'publication_date', 'date', 'pubDate'],
  author: ['author', 'byline', 'authors'],
  publisher: ['publisher', 'site_name', 'outlet'],
  language: ['language', 'lang'],
  retrieved: [
    'retrieved',
    'retrieved_at',
    'date_extracted',
    'crawled_at',
    'crawl_date',
    'fetched_at',
    'scraped_at',
  ],
};

/**
 * Reads the metadata hints out of a JSON object: a record's own fields or a `.meta.json` sidecar.
 *
 * @example hintsFromObject({ headline: 'X', date: '2024-03-22' }) // { title: 'X', published: '2024-03-22' }
 */
export function hintsFromObject(record: Record<string, unknown>): InputHints {
  const hints: InputHints = {};
  for (const [hint, fields] of Object.entries(HINT_FIELDS) as [keyof InputHints, readonly string[]][]) {
    for (const field of fields) {
      const value = stringOf(record[field]);
      if (value) {
        hints[hint] = value;
        break;
      }
    }
  }
  return hints;
}

/**
 * Turns one JSON record (`text` or `html`, plus metadata fields) into a raw input.
 * `where` names the record in messages, e.g. `feed.jsonl:12`.
 *
 * @example rawInputFromRecord({ text: 'A bomb…', title: 'Blast' }, 'a.json').format === 'text'
 */
export function rawInputFromRecord(record: unknown, where: string): RawInput {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new MarsadError('INPUT_BAD_JSON', `${where}: expected a JSON object, got ${describe(record)}`);
  }
  const fields = record as Record<string, unknown>;
  const html = stringOf(fields.html);
  const text = PLAIN_TEXT_FIELDS.map((field) => stringOf(fields[field])).find(Boolean);
  if (!html && !text) {
    // Its "body" is a span, not text: saying the field is empty would send the user looking for text.
    if (fields.schema === SCHEMA_VERSION) throw compactRecordError(where);
    throw new MarsadError('INPUT_BAD_JSON', `${where}: ${whyNoText(fields)}`);
  }
  return {
    bytes: encoder.encode(html ?? text ?? ''),
    format: html ? 'html' : 'text',
    hints: hintsFromObject(fields),
  };
}

/**
 * Splits a .json (one object or an array) or .jsonl file into records, each with its own name.
 * A malformed line is reported by its line number; the other lines still come through.
 */
export function* recordsOfJson(
  text: string,
  name: string,
  lines: boolean,
): Generator<{ where: string; record?: unknown; error?: MarsadError }> {
  if (lines) {
    const rows = text.split('\n');
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i].trim();
      if (!row) continue;
      const where = `${name}:${i + 1}`;
      try {
        yield { where, record: JSON.parse(row) };
      } catch (e) {
        yield {
          where,
          error: new MarsadError('INPUT_BAD_JSON', `${where}: malformed JSON (${messageOf(e)})`),
        };
      }
    }
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    yield {
      where: name,
      error: new MarsadError('INPUT_BAD_JSON', `${name}: malformed JSON (${messageOf(e)})`),
    };
    return;
  }
  if (Array.isArray(parsed)) {
    for (let i = 0; i < parsed.length; i++) yield { where: `${name}[${i}]`, record: parsed[i] };
  } else {
    yield { where: name, record: parsed };
  }
}

/** Where a record's plain text may stand, in the order they are read. */
const PLAIN_TEXT_FIELDS = ['text', 'content', 'body'];
/** Every field an article's text may come from: the HTML first, then the plain ones. */
const TEXT_FIELDS = ['html', ...PLAIN_TEXT_FIELDS];

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(stringOf).filter(Boolean).join(', ') || undefined;
  if (value && typeof value === 'object' && 'name' in value)
    return stringOf((value as { name: unknown }).name);
  // marsad's own output: a field is its value with the spans that support it ({ "value": …, "spans": … }).
  if (value && typeof value === 'object' && 'value' in value)
    return stringOf((value as { value: unknown }).value);
  return undefined;
}

/** Why a record gives no article text: a text field that is there but empty or not text says so by name. */
function whyNoText(fields: Record<string, unknown>): string {
  const present = TEXT_FIELDS.find((field) => fields[field] !== undefined);
  if (present === undefined) return 'the object has no "text" or "html" field';
  const value = fields[present];
  return typeof value === 'string' || Array.isArray(value)
    ? `the object's "${present}" field is empty`
    : `the object's "${present}" field is ${describe(value)}, not a string`;
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

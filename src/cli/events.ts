import type { Command } from 'commander';
import { loadArabicNames } from '../app/index.js';
import type { StoredEvent } from '../core/article-output.js';
import { loadConfig } from '../core/config.js';
import { MarsadError } from '../core/errors.js';
import type { EventFilter } from '../core/ports.js';
import { EVENT_TYPES, isSubEventType } from '../core/taxonomy.js';
import { eventFilterQuery, filterOf as filterOfQuery } from '../app/event-filter-query.js';
import { countOf } from './batch-summary.js';
import { action } from './cli-errors.js';
import { OUTPUT_FORMATS, writeEvents, type OutputFormat } from './event-output.js';
import { openCommandStore } from './open-store.js';

interface EventsOptions {
  db?: string;
  country?: string;
  type?: string;
  actor?: string;
  since?: string;
  until?: string;
  text?: string;
  timing?: string;
  admin1?: string;
  bbox?: string;
  minFatalities?: string;
  distinct?: boolean;
  limit: string;
  format?: OutputFormat;
}

/** `marsad events`: stored events, filtered, as a table on a terminal or json|jsonl|csv. */
export function registerEventsCommand(program: Command): void {
  program
    .command('events')
    .description('List stored events')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default ./marsad.db or $MARSAD_DB)')
    .option('--country <ISO2,...>', 'ISO 3166-1 alpha-2 codes, comma-separated (RU,SY)')
    .option('--type <type>', 'ACLED event type or sub-event type ("Battles", "Air/drone strike")')
    .option('--actor <name>', 'actor name or part of it, in any language the store knows')
    .option('--admin1 <region>', 'first-level region, English name (Nineveh)')
    .option('--bbox <west,south,east,north>', 'events inside this box, decimal degrees')
    .option('--since <YYYY-MM-DD>', 'events on or after this day (YYYY-MM or YYYY: from its start)')
    .option('--until <YYYY-MM-DD>', 'events on or before this day (YYYY-MM or YYYY: to its end)')
    .option('--min-fatalities <n>', 'events with at least this many killed')
    .option(
      '--text <words>',
      'free text over evidence, article text and event place and side names (Arabic or English)',
    )
    .option('--timing <current|historical>', 'only current news or only historical references')
    .option('--distinct', 'one event per incident (its first report) instead of every report of it')
    .option('--limit <n>', 'how many events at most', '100')
    .option(
      '--format <format>',
      `${OUTPUT_FORMATS.join('|')} (default: table on a terminal, jsonl otherwise); csv has ACLED's columns`,
    )
    .addHelpText(
      'after',
      '\nExample:\n  marsad events --country SY --type "Air/drone strike" --since 2015-07-01 --format csv',
    )
    .action(
      action(async (options: EventsOptions) => {
        const config = loadConfig({ db: options.db });
        const filter = filterOf(options);
        const format = options.format ?? (process.stdout.isTTY ? 'table' : 'jsonl');
        const store = await openCommandStore(config, { existing: true });
        try {
          const events: StoredEvent[] = [];
          let cursor: string | null | undefined;
          do {
            const page = await store.listEvents({ ...filter, cursor: cursor ?? undefined });
            events.push(...page.items);
            cursor = page.nextCursor;
          } while (cursor && events.length < (filter.limit ?? 100));
          // The export formats carry the Arabic names; the table for people and the raw JSON list stay as stored.
          const knowledge = ['table', 'json'].includes(format)
            ? undefined
            : await loadArabicNames(config.kbDirs);
          const shown = events.slice(0, filter.limit);
          await writeEvents(shown, format, process.stdout, {
            articles: (id) => store.getArticle(id),
            knowledge,
          });
          // An empty file or a silent terminal reads as a failure: say why nothing came, where a file is not written.
          if (shown.length === 0) process.stderr.write(`marsad: ${nothingListed(filter, config.db)}\n`);
          // `--format csv > events.csv` must not pass a cut list off as the whole: say so where a file is not written.
          else if (events.length > shown.length || cursor) {
            process.stderr.write(
              `marsad: ${countOf(shown.length, 'event')} written, the newest first; more match — ` +
                `raise --limit (default 100) or narrow the filters to get them all\n`,
            );
          }
        } finally {
          await store.close();
        }
      }),
    );
}

// Each filtering option and the API query parameter it sets: one schema checks both.
const QUERY_PARAMETER = {
  country: 'country',
  admin1: 'admin1',
  bbox: 'bbox',
  actor: 'actor',
  since: 'since',
  until: 'until',
  timing: 'timing',
  text: 'q',
  minFatalities: 'min_fatalities',
} as const;

function filterOf(options: EventsOptions): EventFilter {
  const limit = Number(options.limit);
  if (!Number.isInteger(limit) || limit <= 0)
    bad('--limit', 'must be a positive whole number', options.limit);
  if (options.format && !(OUTPUT_FORMATS as readonly string[]).includes(options.format))
    bad('--format', `must be one of ${OUTPUT_FORMATS.join(', ')}`, options.format);
  const query: Record<string, string> = {};
  const optionOf: Record<string, string> = { type: '--type', sub_type: '--type' };
  for (const [option, parameter] of Object.entries(QUERY_PARAMETER)) {
    const value = options[option as keyof typeof QUERY_PARAMETER];
    if (value === undefined) continue;
    query[parameter] = option === 'country' ? value.replace(/\s+/g, '') : value;
    optionOf[parameter] = `--${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  }
  if (options.type) query[isSubEventType(options.type) ? 'sub_type' : 'type'] = options.type;
  const parsed = eventFilterQuery.safeParse(query);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const parameter = String(issue.path[0]);
    const expected =
      parameter === 'type'
        ? `must be an ACLED type (${EVENT_TYPES.join(', ')}) or sub-type`
        : `must be ${issue.message.replace(/^expected /, '')}`;
    bad(optionOf[parameter] ?? parameter, expected, query[parameter]);
  }
  const names = { since: '--since', until: '--until' };
  return { ...filterOfQuery(parsed.data, names), limit, ...(options.distinct ? { distinct: true } : {}) };
}

// The parts of a filter that order or cut the list rather than narrow which events match.
const SHAPING = new Set<keyof EventFilter>(['limit', 'distinct', 'sort', 'cursor']);

/**
 * Why `marsad events` wrote no event: the filters left none out of those stored, or none is stored yet.
 *
 * @example nothingListed({ limit: 100 }, 'events.db') // 'no event is stored in events.db yet: …'
 */
function nothingListed(filter: EventFilter, db: string): string {
  const filtered = Object.entries(filter).some(
    ([key, value]) => value !== undefined && !SHAPING.has(key as keyof EventFilter),
  );
  return filtered
    ? 'no stored event matches these filters; drop one to widen the search'
    : `no event is stored in ${db} yet: \`marsad ingest FILES --db ${db}\` adds the events of articles`;
}

function bad(option: string, problem: string, got: string): never {
  throw new MarsadError('BAD_REQUEST', `${option} ${problem}, got "${got}"`);
}

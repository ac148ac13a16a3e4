import type { Command } from 'commander';
import { loadArabicNames, openStore } from '../app/index.js';
import type { StoredEvent } from '../core/article-output.js';
import { loadConfig } from '../core/config.js';
import { MarsadError } from '../core/errors.js';
import type { EventFilter } from '../core/ports.js';
import { EVENT_TYPES, isSubEventType } from '../core/taxonomy.js';
import { action } from './cli-errors.js';
import { OUTPUT_FORMATS, writeEvents, type OutputFormat } from './event-output.js';

interface EventsOptions {
  db?: string;
  country?: string;
  type?: string;
  actor?: string;
  since?: string;
  until?: string;
  text?: string;
  timing?: string;
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
    .option('--since <YYYY-MM-DD>', 'events on or after this date')
    .option('--until <YYYY-MM-DD>', 'events on or before this date')
    .option('--text <words>', 'free text over evidence and article text (Arabic or English)')
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
        const store = await openStore(config.db);
        try {
          const events: StoredEvent[] = [];
          let cursor: string | null | undefined;
          do {
            const page = await store.listEvents({ ...filter, cursor: cursor ?? undefined });
            events.push(...page.items);
            cursor = page.nextCursor;
          } while (cursor && events.length < (filter.limit ?? 100));
          // Files for other tools carry the Arabic names too; the table for people stays narrow.
          const knowledge = ['table', 'json'].includes(format)
            ? undefined
            : await loadArabicNames(config.kbDirs);
          await writeEvents(events.slice(0, filter.limit), format, process.stdout, {
            articles: (id) => store.getArticle(id),
            knowledge,
          });
        } finally {
          await store.close();
        }
      }),
    );
}

function filterOf(options: EventsOptions): EventFilter {
  const filter: EventFilter = { limit: Number(options.limit) };
  if (!Number.isInteger(filter.limit) || (filter.limit ?? 0) <= 0)
    bad('--limit', 'a positive whole number', options.limit);
  if (options.country) filter.country = options.country.split(',').map((c) => c.trim().toUpperCase());
  if (options.country && filter.country?.some((c) => !/^[A-Z]{2}$/.test(c)))
    bad('--country', 'ISO alpha-2 codes', options.country);
  if (options.type) {
    if ((EVENT_TYPES as string[]).includes(options.type)) filter.type = options.type;
    else if (isSubEventType(options.type)) filter.subType = options.type;
    else bad('--type', `an ACLED type (${EVENT_TYPES.join(', ')}) or sub-type`, options.type);
  }
  for (const key of ['since', 'until'] as const) {
    const value = options[key];
    if (value && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) bad(`--${key}`, 'a date YYYY-MM-DD', value);
    if (value) filter[key] = value;
  }
  if (options.timing && options.timing !== 'current' && options.timing !== 'historical') {
    bad('--timing', 'current or historical', options.timing);
  }
  if (options.timing) filter.timing = options.timing as EventFilter['timing'];
  if (options.actor) filter.actor = options.actor;
  if (options.text) filter.text = options.text;
  if (options.distinct) filter.distinct = true;
  if (options.format && !(OUTPUT_FORMATS as readonly string[]).includes(options.format)) {
    bad('--format', OUTPUT_FORMATS.join(', '), options.format);
  }
  return filter;
}

function bad(option: string, expected: string, got: string): never {
  throw new MarsadError('BAD_REQUEST', `${option} must be ${expected}, got "${got}"`);
}

import type { ArabicNames } from '../app/index.js';
import { exportEvents, type ExportFormat } from '../app/exports/index.js';
import type { ArticleOutput, StoredEvent } from '../core/article-output.js';

export const OUTPUT_FORMATS = ['table', 'json', 'jsonl', 'csv', 'geojson', 'stix'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Writes events in the asked format; the table is for people, the rest for programs and other tools. */
export async function writeEvents(
  events: StoredEvent[],
  format: OutputFormat,
  out: NodeJS.WritableStream,
  sources: { articles: (id: string) => Promise<ArticleOutput | null>; knowledge?: ArabicNames },
): Promise<void> {
  if (format === 'table') return void out.write(table(events));
  if (format === 'json') return void out.write(JSON.stringify(events, null, 2) + '\n');
  for await (const chunk of exportEvents(format as ExportFormat, iterate(events), sources)) out.write(chunk);
}

async function* iterate(events: StoredEvent[]): AsyncIterable<StoredEvent> {
  yield* events;
}

const COLUMNS: [string, (e: StoredEvent) => string][] = [
  ['date', (e) => e.date?.value ?? '?'],
  ['timing', (e) => e.timing?.value ?? ''],
  ['type', (e) => e.sub_event_type?.value ?? e.event_type?.value ?? ''],
  ['where', (e) => [e.location?.name, e.location?.country].filter(Boolean).join(', ')],
  ['actor1', (e) => e.actor1?.name ?? ''],
  ['actor2', (e) => e.actor2?.name ?? ''],
  [
    'killed',
    (e) => (e.fatalities ? `${e.fatalities.qualifier === 'at_least' ? '≥' : ''}${e.fatalities.value}` : ''),
  ],
  ['injured', (e) => (e.injuries ? String(e.injuries.value) : '')],
  ['id', (e) => e.id],
];

function table(events: StoredEvent[]): string {
  if (events.length === 0) return 'no events match\n';
  const rows = events.map((e) => COLUMNS.map(([, cell]) => clip(cell(e), 34)));
  const widths = COLUMNS.map(([name], i) => Math.max(name.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return (
    [line(COLUMNS.map(([name]) => name)), ...rows.map(line), `${events.length} events`].join('\n') + '\n'
  );
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

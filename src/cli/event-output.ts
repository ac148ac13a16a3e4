import type { StoredEvent } from '../core/article-output.js';

export type OutputFormat = 'table' | 'json' | 'jsonl' | 'csv';

/** Writes events in the asked format; the table is for people, the rest for programs. */
export function writeEvents(events: StoredEvent[], format: OutputFormat, out: NodeJS.WritableStream): void {
  if (format === 'json') out.write(JSON.stringify(events, null, 2) + '\n');
  else if (format === 'jsonl') for (const e of events) out.write(JSON.stringify(e) + '\n');
  else if (format === 'csv') out.write(eventsToCsv(events));
  else out.write(table(events));
}

const COLUMNS: [string, (e: StoredEvent) => string][] = [
  ['date', (e) => e.date?.value ?? '?'],
  ['timing', (e) => e.timing?.value ?? ''],
  ['type', (e) => e.sub_event_type?.value ?? e.event_type?.value ?? ''],
  ['where', (e) => [e.location?.name, e.location?.country].filter(Boolean).join(', ')],
  ['actor1', (e) => e.actor1?.name ?? ''],
  ['actor2', (e) => e.actor2?.name ?? ''],
  ['killed', (e) => (e.fatalities ? `${e.fatalities.qualifier === 'at_least' ? '≥' : ''}${e.fatalities.value}` : '')],
  ['injured', (e) => (e.injuries ? String(e.injuries.value) : '')],
  ['id', (e) => e.id],
];

function table(events: StoredEvent[]): string {
  if (events.length === 0) return 'no events match\n';
  const rows = events.map((e) => COLUMNS.map(([, cell]) => clip(cell(e), 34)));
  const widths = COLUMNS.map(([name], i) => Math.max(name.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(COLUMNS.map(([name]) => name)), ...rows.map(line), `${events.length} events`].join('\n') + '\n';
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

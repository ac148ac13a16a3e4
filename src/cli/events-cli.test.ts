import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentReport, PLACES } from '../adapters/store/fixtures/incident-reports.js';
import { openStore } from '../app/index.js';

const dir = mkdtempSync(join(tmpdir(), 'marsad-events-cli-'));
const db = join(dir, 'events.db');
const bombing = {
  place: PLACES.baghdad,
  type: 'Explosions/Remote violence' as const,
  published: '2024-06-03',
};
const reports = [
  incidentReport({ ...bombing, outlet: 'Desk A', date: '2024-06-01' }),
  incidentReport({ ...bombing, outlet: 'Desk B', date: '2024-06-02' }),
  incidentReport({ ...bombing, outlet: 'Desk C', date: '2024-06-02', place: PLACES.basra }),
];

beforeAll(async () => {
  const store = await openStore(db);
  for (const article of reports) await store.saveArticle(article);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The command as a user runs it: a fresh process reading the database file.
function listed(...args: string[]): { id: string; incident_id: string; reports: number }[] {
  const stdout = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'events', '--db', db, '--format', 'jsonl', ...args],
    { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8' },
  );
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe('marsad events --distinct', () => {
  it('prints one event per incident, the first report with its count of reports', () => {
    expect(listed()).toHaveLength(3);
    const distinct = listed('--distinct');
    expect(distinct.map((e) => [e.id, e.reports]).sort()).toEqual(
      [
        [reports[0].events[0].id, 2],
        [reports[2].events[0].id, 1],
      ].sort(),
    );
  });
});

describe('marsad events filters', () => {
  it('reads --until of a month as to its end, like the API', () => {
    expect(listed('--since', '2024-06', '--until', '2024-06')).toHaveLength(3);
    expect(listed('--until', '2024-05')).toHaveLength(0);
  });

  it('narrows to a box on the map', () => {
    const { lat, lon } = PLACES.basra as { lat: number; lon: number };
    const box = [lon - 0.5, lat - 0.5, lon + 0.5, lat + 0.5].join(',');
    expect(listed('--bbox', box).map((e) => e.id)).toEqual([reports[2].events[0].id]);
  });
});

// The command as a user mistypes it (or cuts it short): the exit status, the output and the lines on stderr.
function refused(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'events', ...args], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('marsad events cut short by --limit', () => {
  it('says on stderr that more events match, and says nothing when all were written', () => {
    const cut = refused('--db', db, '--format', 'csv', '--limit', '2');
    expect(cut.status).toBe(0);
    expect(cut.stdout.trim().split('\n')).toHaveLength(3);
    expect(cut.stderr).toContain('2 events written, the newest first; more match — raise --limit');
    expect(refused('--db', db, '--format', 'csv', '--limit', '3').stderr).toBe('');
  });
});

describe('marsad events with nothing to write', () => {
  it('says the filters left no event, rather than end in silence', () => {
    const none = refused('--db', db, '--format', 'csv', '--until', '2024-05');
    expect(none.status).toBe(0);
    expect(none.stderr).toContain('no stored event matches these filters');
  });

  it('says the database holds no event yet, and how to add some', async () => {
    const empty = join(dir, 'empty.db');
    await (await openStore(empty)).close();
    const { status, stderr } = refused('--db', empty);
    expect(status).toBe(0);
    expect(stderr).toContain(`no event is stored in ${empty} yet: \`marsad ingest FILES --db ${empty}\``);
  });
});

describe('marsad events given a wrong option', () => {
  it('says there is no database at a mistyped path instead of creating an empty one', () => {
    const typo = join(dir, 'evnets.db');
    const { status, stderr } = refused('--db', typo);
    expect(status).toBe(1);
    expect(stderr).toContain(`${typo}: no database here`);
    expect(existsSync(typo)).toBe(false);
  });

  it('names a date that is not on the calendar in words that read', () => {
    const { status, stderr } = refused('--db', db, '--since', '2015-13-01');
    expect(status).toBe(2);
    expect(stderr).toContain(
      '--since must be a date on the calendar (a real month and day), got "2015-13-01"',
    );
  });

  it('names both dates when --since falls after --until, instead of printing nothing', () => {
    const { status, stderr } = refused('--db', db, '--since', '2024-06', '--until', '2024-05-20');
    expect(status).toBe(2);
    expect(stderr).toContain('--since: 2024-06-01 is after --until 2024-05-20');
  });
});

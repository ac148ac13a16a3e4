import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = new URL('../..', import.meta.url).pathname;

/**
 * The CLI from source in one node process, loaded through tsx (`npx tsx` ran npm, then tsx's own launcher, then
 * this node: three starts a command).
 */
const CLI = ['--import', 'tsx', 'src/cli/main.ts'];

/** Runs the real CLI from source, as a user would; never throws, returns what it printed and its status. */
async function marsad(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [...CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, MARSAD_HOME: join(tmpdir(), 'marsad-e2e-home'), ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { stdout, stderr, status: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, status: err.code };
  }
}

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'marsad-cli-'));
}

describe('marsad ingest and events', () => {
  it('stores the bundled examples once, however often they are ingested, and lists their events', async () => {
    const db = join(workdir(), 'events.db');
    const first = await marsad(['ingest', 'examples', '--db', db]);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/ingested 4 articles, \d+ events/);
    expect(first.stderr).toMatch(/1 skipped \(README\.md: not /);
    const again = await marsad(['ingest', 'examples', '--db', db]);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/ingested 0 articles, 0 events .*; 4 already stored/);
    const listed = await marsad(['events', '--db', db, '--format', 'json']);
    expect(listed.status).toBe(0);
    const events = JSON.parse(listed.stdout) as {
      event_type: { value: string } | null;
      location: { country: string } | null;
    }[];
    expect(events.length).toBeGreaterThanOrEqual(4);
    const iraq = await marsad(['events', '--db', db, '--country', 'IQ', '--format', 'jsonl']);
    const rows = iraq.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((e) => e.location?.country === 'IQ')).toBe(true);
    // Four whole CLI runs from source, each loading the knowledge base: more than one test's usual time on a
    // busy two-core machine.
  }, 180_000);

  it('finds events by the words an analyst types, in any of their forms', async () => {
    const db = join(workdir(), 'events.db');
    expect((await marsad(['ingest', 'examples/en-iraq-bombing.json', '--db', db])).status).toBe(0);
    const found = async (text: string) => {
      const result = await marsad(['events', '--db', db, '--text', text, '--format', 'jsonl']);
      expect(result.status).toBe(0);
      return result.stdout.trim().split('\n').filter(Boolean).length;
    };
    // The example says "kills" and "killing", never "killed"; and "bomber", never "bomb".
    expect(await found('killed')).toBeGreaterThan(0);
    expect(await found('"killed"')).toBe(0);
    expect(await found('bomb*')).toBeGreaterThan(0);
    const short = await marsad(['events', '--db', db, '--text', 'bo*']);
    expect(short.status).not.toBe(0);
    expect(short.stderr).toContain(
      '--text must be words with at least 3 letters before a * (as in kill*), got "bo*"',
    );
  }, 120_000);

  it('names every bad input, stores the good ones and goes on', async () => {
    const dir = workdir();
    mkdirSync(join(dir, 'batch'));
    writeFileSync(join(dir, 'batch', 'empty.txt'), '');
    writeFileSync(
      join(dir, 'batch', 'photo.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 9, 8, 0, 0, 0, 0]),
    );
    writeFileSync(join(dir, 'batch', 'huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'a'));
    writeFileSync(
      join(dir, 'batch', 'latin1.txt'),
      Buffer.concat([
        Buffer.from('Protesters gathered in Tunis on Friday. Police fired tear gas at the crowd caf'),
        Buffer.from([0xe9, 0xff]),
        Buffer.from('.\n'),
      ]),
    );
    writeFileSync(
      join(dir, 'batch', 'good.txt'),
      'Gunmen attacked a police checkpoint in Arish on Monday, killing three policemen, officials said.\n',
    );
    writeFileSync(
      join(dir, 'batch', 'broken.jsonl'),
      '{"text": "Clashes erupted in Aden on Sunday."}\n{not json\n',
    );
    const db = join(dir, 'events.db');
    const result = await marsad(['ingest', join(dir, 'batch'), '--db', db]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/empty\.txt: .*\[INPUT_EMPTY\]/);
    expect(result.stderr).toMatch(/photo\.txt: .*\[INPUT_BINARY\]/);
    expect(result.stderr).toMatch(/huge\.txt: 20\.0 MB is over the 8\.0 MB limit .*\[INPUT_TOO_LARGE\]/);
    expect(result.stderr).toMatch(/broken\.jsonl:2: malformed JSON .*\[INPUT_BAD_JSON\]/);
    expect(result.stderr).toMatch(/ingested 3 articles/);
    const listed = await marsad(['events', '--db', db, '--format', 'jsonl']);
    expect(listed.stdout).toMatch(/"country":"EG"/);
  });

  it('shares a batch through a Redis job queue: ingest --queue adds the inputs, a worker stores them', async () => {
    const url = `redis://127.0.0.1:6379?queue=marsad-e2e-${process.pid}-${Date.now()}`;
    const db = join(workdir(), 'events.db');
    const queued = await marsad(['ingest', 'examples', 'no-such-file.txt', '--queue', url]);
    // A path that cannot be queued is named with what to do, as `marsad ingest` without a queue names it.
    expect(queued.stderr).toMatch(
      /no-such-file\.txt: no such file or folder — The path or URL cannot be read/,
    );
    expect(queued.stderr).toMatch(/queued 4 inputs .*, 1 error\)/);
    const worker = await marsad(['worker', '--queue', url, '--db', db, '--drain']);
    expect(worker.stderr).toMatch(/worker stored 4 articles, \d+ events; 0 already stored, 0 errors/);
  });

  it('stores into PostgreSQL and a Redis-fed worker shares the same database', async () => {
    const schema = `marsad_e2e_${process.pid}_${Date.now()}`;
    const db = `postgres://postgres@127.0.0.1:5432/test?schema=${schema}`;
    const queue = `redis://127.0.0.1:6379?queue=${schema}`;
    const { default: pg } = await import('pg');
    try {
      const direct = await marsad(['ingest', 'examples/ar-yemen-airstrike.json', '--db', db]);
      expect(direct.stderr).toMatch(/ingested 1 article, /);
      await marsad(['ingest', 'examples', '--queue', queue]);
      const worker = await marsad(['worker', '--queue', queue, '--db', db, '--drain']);
      expect(worker.stderr).toMatch(/worker stored 3 articles, \d+ events; 1 already stored, 0 errors/);
      const listed = await marsad(['events', '--db', db, '--country', 'YE', '--format', 'json']);
      expect(JSON.parse(listed.stdout).length).toBeGreaterThan(0);
    } finally {
      const client = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
    // Four processes, each loading the knowledge base: on a loaded two-core machine that can pass a minute.
  }, 120_000);

  it('exits non-zero only when nothing could be processed', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'empty.txt'), '');
    const result = await marsad(['ingest', join(dir, 'empty.txt'), '--db', join(dir, 'x.db')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/ingested 0 articles/);
  });
});

describe('marsad extract', () => {
  it('prints one JSON object per input, with source as given', async () => {
    const result = await marsad([
      'extract',
      'examples/en-iraq-bombing.json',
      'examples/en-syria-shelling.html',
    ]);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source)).toEqual([
      'examples/en-iraq-bombing.json',
      'examples/en-syria-shelling.html',
    ]);
    expect(lines[0].schema).toBe('marsad/1');
    expect(lines[0].events.length).toBeGreaterThan(0);
  });

  it('reads an article from standard input with -', async () => {
    const child = execFile(process.execPath, [...CLI, 'extract', '-'], { cwd: ROOT });
    child.stdin?.end('Protesters marched in Basra on Friday demanding jobs and electricity.\n');
    const output = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout?.on('data', (d) => (out += d));
      child.on('close', () => resolve(out));
    });
    const article = JSON.parse(output.trim());
    expect(article.source).toBe('-');
    expect(article.language).toBe('en');
  });

  it('answers --help on every command', async () => {
    for (const command of ['extract', 'ingest', 'events']) {
      const result = await marsad([command, '--help']);
      expect(result.stdout).toContain(`Usage: marsad ${command}`);
    }
  });

  it('names a malformed option and its expected form', async () => {
    const result = await marsad(['events', '--since', 'yesterday', '--db', join(workdir(), 'x.db')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--since must be a date YYYY-MM-DD (or YYYY-MM, YYYY), got "yesterday"');
  });
});

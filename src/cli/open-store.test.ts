import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureArticles } from '../adapters/store/fixtures/fixture-articles.js';
import { openStore } from '../app/index.js';
import { reindexLine } from './open-store.js';

const dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
const db = join(dir, 'events.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A database of three articles as a version from before stemmed search left it.
beforeEach(async () => {
  rmSync(db, { force: true });
  const store = await openStore(db);
  await store.saveArticles(fixtureArticles());
  await store.close();
  const raw = new Database(db);
  raw.pragma('user_version = 0');
  raw.close();
});

// `marsad keys list` as a user runs it: a fresh process, its exit status and streams.
function keysList() {
  const keys = JSON.stringify(fileURLToPath(new URL('./keys.ts', import.meta.url)));
  const main = `
    import { Command } from 'commander';
    import { registerKeysCommand } from ${keys};
    const program = new Command('marsad');
    registerKeysCommand(program);
    await program.parseAsync(process.argv.slice(1), { from: 'user' });`;
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', main, '--', 'keys', 'list', '--db', db],
    { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8', timeout: 30_000 },
  );
  return { status: result.status, stderr: result.stderr };
}

describe('a command opening a database from before stemmed search', () => {
  it('says on stderr that it re-indexes the stored articles, and when it is done; then never again', () => {
    const first = keysList();
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(
      /^marsad: re-indexing the search terms of 3 stored articles \(once, for a newer search index\)…\nmarsad: re-indexed the search terms of 3 stored articles in \d+\.\d s\n$/,
    );
    expect(keysList().stderr).toBe('');
  });

  it('fails naming the database when another process holds it through the whole wait', () => {
    const other = new Database(db);
    other.exec('BEGIN IMMEDIATE');
    try {
      const run = keysList();
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`marsad: ${db}: another marsad process is upgrading this database`);
      expect(run.stderr).toContain('Wait until the other process says the upgrade is done');
    } finally {
      other.close();
    }
  });
});

describe('the re-index lines', () => {
  it('count the articles as a reader reads numbers, one article without a plural', () => {
    expect(reindexLine({ phase: 'started', articles: 12_400 })).toBe(
      'marsad: re-indexing the search terms of 12,400 stored articles (once, for a newer search index)…',
    );
    expect(reindexLine({ phase: 'finished', articles: 1, milliseconds: 61_950 })).toBe(
      'marsad: re-indexed the search terms of 1 stored article in 62.0 s',
    );
  });

  it('say why an open waits while another process upgrades the store', () => {
    expect(reindexLine({ phase: 'waiting' })).toBe(
      'marsad: another marsad process is upgrading this database (once); waiting for it to finish…',
    );
  });
});

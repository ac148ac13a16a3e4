import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from './sqlite-store.js';

describe('opening the SQLite store', () => {
  it('names a file that is not a database and leaves it as it was', async () => {
    const notes = join(mkdtempSync(join(tmpdir(), 'marsad-db-')), 'notes.txt');
    writeFileSync(notes, 'A plain note about a meeting that was moved to Thursday.\n'.repeat(200));
    await expect(createSqliteStore(notes)).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
      message: expect.stringContaining(`${notes}: not an SQLite database`),
    });
    expect(readFileSync(notes, 'utf8')).toMatch(/^A plain note/);
  });

  it('names a folder given where a database file belongs', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'marsad-db-'));
    await expect(createSqliteStore(folder)).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
      message: expect.stringContaining(`${folder}: cannot open it as a database`),
    });
  });

  it('says another process is upgrading the database when the upgrade finds it locked past the wait', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'marsad-db-')), 'events.db');
    await createSqliteStore(path).then((store) => store.close());
    // What a second process meets while the first re-indexes: an older version, and the write lock held.
    const first = new Database(path);
    first.pragma('user_version = 0');
    first.exec('BEGIN IMMEDIATE');
    try {
      await expect(createSqliteStore(path)).rejects.toMatchObject({
        code: 'STORE_BUSY',
        message: expect.stringContaining(`${path}: another marsad process is upgrading this database`),
      });
    } finally {
      first.close();
    }
    // Once the lock is gone the same open upgrades it.
    await createSqliteStore(path).then((store) => store.close());
  });

  it('still makes a new database under a new name', async () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'marsad-db-')), 'events.db');
    const store = await createSqliteStore(fresh);
    await store.close();
  });
});

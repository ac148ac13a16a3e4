import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('still makes a new database under a new name', async () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'marsad-db-')), 'events.db');
    const store = await createSqliteStore(fresh);
    await store.close();
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../app/index.js';

const dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
const db = join(dir, 'events.db');
// The database `marsad ingest` would have made: keys and serve only open one that is there.
beforeAll(async () => (await openStore(db)).close());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The commands as a user runs them: a fresh process, commander parsing argv, exit status and streams.
function marsad(...args: string[]) {
  const here = (name: string) => JSON.stringify(fileURLToPath(new URL(name, import.meta.url)));
  const main = `
    import { Command } from 'commander';
    import { registerKeysCommand } from ${here('./keys.ts')};
    import { registerServeCommand } from ${here('./serve.ts')};
    const program = new Command('marsad');
    registerKeysCommand(program);
    registerServeCommand(program);
    await program.parseAsync(process.argv.slice(1), { from: 'user' });`;
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', main, '--', ...args],
    {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      encoding: 'utf8',
      // A serve that starts instead of refusing would never exit: stop it and let the test fail.
      timeout: 30_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('marsad keys and marsad serve', () => {
  it('refuses to serve beyond loopback while no key exists, saying what to do', () => {
    const run = marsad('serve', '--db', db, '--host', '0.0.0.0', '--port', '0');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('refusing to listen on 0.0.0.0 with no API key');
    expect(run.stderr).toContain('marsad keys create --role admin');
  });

  it('creates a key, prints its secret once, and lists it without the secret', () => {
    const created = marsad('keys', 'create', '--role', 'reader', '--label', 'dashboard', '--db', db);
    expect(created.status).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^marsad_[0-9a-f]{12}_/);
    const listed = marsad('keys', 'list', '--db', db);
    expect(listed.stdout).toMatch(
      new RegExp(`^${secret.split('_')[1]}\treader\tactive\t.+\tdashboard$`, 'm'),
    );
    expect(listed.stdout).not.toContain(secret);
  });

  it('rejects an unknown role with a usage error', () => {
    const run = marsad('keys', 'create', '--role', 'owner', '--db', db);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--role must be one of reader, editor, admin');
  });

  it.each([
    { command: 'keys create', args: ['keys', 'create', '--role', 'reader'] },
    { command: 'keys list', args: ['keys', 'list'] },
    { command: 'serve', args: ['serve', '--port', '0'] },
  ])('$command says there is no database at a mistyped path instead of creating one', ({ args }) => {
    const typo = join(dir, 'evnets.db');
    const run = marsad(...args, '--db', typo);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${typo}: no database here`);
    expect(existsSync(typo)).toBe(false);
  });
});

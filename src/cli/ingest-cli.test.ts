import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'marsad-ingest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('marsad ingest given a JSON Lines file', () => {
  it('names a line of compact extract output as not storable, and stores the article on the next line', () => {
    const input = join(dir, 'mixed.jsonl');
    const compact = {
      schema: 'marsad/1',
      id: 'a-5e6f7a8b9c0d',
      source: 'quay.txt',
      body: [0, 61],
      events: [],
    };
    const article = {
      text: 'Masked men set fire to two buses at the Pelmora depot on Friday, the mayor said.',
    };
    writeFileSync(input, `${JSON.stringify(compact)}\n${JSON.stringify(article)}\n`);
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'ingest', input, '--db', join(dir, 'events.db')],
      { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8' },
    );
    expect(run.stderr).toContain(`${input}:1: \`marsad extract --compact\` output`);
    expect(run.stderr).toContain('[INPUT_COMPACT]');
    expect(run.stderr).toMatch(/ingested 1 article.*1 error/);
    expect(run.status).toBe(0);
  });
});

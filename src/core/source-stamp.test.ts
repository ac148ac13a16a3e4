import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesIn, stamped, stampedCode } from './source-stamp.js';

const root = mkdtempSync(join(tmpdir(), 'marsad-stamp-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('filesIn', () => {
  it('lists the files ending in a suffix, sorted, without folders, a link counted as what it points to', () => {
    const dir = join(root, 'rows');
    mkdirSync(join(dir, 'nested.tsv'), { recursive: true });
    writeFileSync(join(dir, 'b.tsv'), 'b');
    writeFileSync(join(dir, 'a.tsv'), 'a');
    writeFileSync(join(dir, 'notes.txt'), 'n');
    symlinkSync(join(dir, 'a.tsv'), join(dir, 'c.tsv'));
    symlinkSync(join(dir, 'nested.tsv'), join(dir, 'd.tsv'));
    expect(filesIn(dir, '.tsv')).toEqual(['a.tsv', 'b.tsv', 'c.tsv'].map((name) => join(dir, name)));
  });

  it('lists nothing for a folder that does not exist', () => {
    expect(filesIn(join(root, 'missing'), '.tsv')).toEqual([]);
  });
});

describe('stampedCode', () => {
  it('stamps every file of a code folder as stamped does, once in a process', () => {
    const dir = join(root, 'code');
    mkdirSync(dir);
    writeFileSync(join(dir, 'one.js'), 'export {}');
    const first = stampedCode(root, dir);
    expect(first).toEqual(stamped('code', root, [join(dir, 'one.js')]));
    expect(first[0]).toMatch(/^code:code\/one\.js\t9\t/);
    // Code does not change under a running process: the folder is not listed again.
    writeFileSync(join(dir, 'two.js'), 'export {}');
    expect(stampedCode(root, dir)).toBe(first);
  });
});

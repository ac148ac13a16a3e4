import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHandTable, splitList } from './hand-table.js';

function tableFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kb-hand-')), 'table.tsv');
  writeFileSync(path, text);
  return path;
}

describe('readHandTable', () => {
  it('skips comments and blank lines and pads short rows', () => {
    const path = tableFile('# note\ncc\tname\talias\n\nLY\tLibya\n# another\nLB\tLebanon\tLiban\n');
    expect(readHandTable(path)).toEqual([
      { cc: 'LY', name: 'Libya', alias: '' },
      { cc: 'LB', name: 'Lebanon', alias: 'Liban' },
    ]);
  });

  it('rejects a row with more cells than the header, naming the line', () => {
    const path = tableFile('cc\tname\nLY\tLibya\textra\n');
    expect(() => readHandTable(path)).toThrow(/:2: 3 cells/);
  });
});

describe('splitList', () => {
  it.each([
    ['USA| US |USA', ['USA', 'US']],
    ['', []],
    [undefined, []],
    ['a||b|', ['a', 'b']],
  ])('splits %j into its distinct items', (cell, items) => {
    expect(splitList(cell)).toEqual(items);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoInputs } from './demo-inputs.mjs';

describe('the demo inputs', () => {
  it('are the bundled articles, without the README beside them', () => {
    const names = demoInputs(new URL('../examples', import.meta.url).pathname).map((p) => p.split('/').pop());
    expect(names).toEqual([
      'ar-tunisia-protest.json',
      'ar-yemen-airstrike.json',
      'en-iraq-bombing.json',
      'en-syria-shelling.html',
    ]);
  });

  it('keep every kind of file marsad reads and leave notes and pictures out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-demo-'));
    for (const name of ['notes.md', 'a.txt', 'b.warc.gz', 'c.jsonl', 'feed.xml', 'map.png'])
      writeFileSync(join(dir, name), '');
    expect(demoInputs(dir).map((p) => p.split('/').pop())).toEqual([
      'a.txt',
      'b.warc.gz',
      'c.jsonl',
      'feed.xml',
    ]);
  });
});

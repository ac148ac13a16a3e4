import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MarsadError } from '../../core/errors.js';
import { readJsonLines } from './jsonl-reader.js';

describe('readJsonLines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-eval-'));

  it('reads one object a line, passing over blank lines', () => {
    const path = join(dir, 'gold.jsonl');
    writeFileSync(path, '{"doc":"a"}\n\n{"doc":"b"}\n');
    expect(readJsonLines(path)).toEqual([{ doc: 'a' }, { doc: 'b' }]);
  });

  it('names the file and the line that does not parse, with what an eval file must hold', () => {
    const path = join(dir, 'pred.jsonl');
    writeFileSync(path, '{"doc":"a"}\n{"doc": \n');
    let caught: unknown;
    try {
      readJsonLines(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MarsadError);
    const error = caught as MarsadError;
    expect(error.code).toBe('EVAL_BAD_JSON');
    expect(error.message).toContain(`${path}:2:`);
    // Not ingest's hint about a "text" or "html" field, which no gold or prediction line has.
    expect(error.hint).toContain('docs/eval.md');
    expect(error.hint).not.toContain('"html"');
  });
});

import { describe, expect, it } from 'vitest';
import { MarsadError } from '../core/errors.js';
import type { Document } from '../core/records.js';
import type { Stage } from '../core/stage.js';
import { createPipeline, hasFailed } from './pipeline.js';

const fresh = (): Document => ({ source: 't.txt', diagnostics: [] });
const ctx = { referenceDate: null };

const setText: Stage = {
  name: 'set-text',
  reads: ['source'],
  writes: ['text'],
  run: (d) => void (d.text = 'hello'),
};
const setLanguage: Stage = {
  name: 'set-language',
  reads: ['text'],
  writes: ['language'],
  run: (d) => void (d.language = d.text === 'hello' ? 'en' : 'und'),
};

describe('the pipeline runner', () => {
  it('runs stages in order, each seeing what the earlier ones wrote', async () => {
    const doc = await createPipeline([setText, setLanguage]).run(fresh(), ctx);
    expect(doc.language).toBe('en');
    expect(hasFailed(doc)).toBe(false);
  });

  it('refuses a stage that reads a field no earlier stage writes', () => {
    expect(() => createPipeline([setLanguage, setText])).toThrow(
      /reads "text", which no earlier stage writes/,
    );
  });

  it('turns a stage failure into an error diagnostic and stops that document only', async () => {
    const failing: Stage = {
      name: 'failing',
      reads: ['text'],
      writes: ['language'],
      run: () => {
        throw new MarsadError('INPUT_BINARY', 't.txt: binary');
      },
    };
    const doc = await createPipeline([setText, failing, setLanguage]).run(fresh(), ctx);
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: 'INPUT_BINARY', severity: 'error' })]);
    expect(doc.diagnostics[0].message).toContain('t.txt: binary');
    expect(doc.language).toBeUndefined();
    expect(hasFailed(doc)).toBe(true);
  });

  it('names the stage when an unexpected error escapes it', async () => {
    const broken: Stage = {
      name: 'broken',
      reads: [],
      writes: [],
      run: () => {
        throw new TypeError('x is undefined');
      },
    };
    const doc = await createPipeline([broken]).run(fresh(), ctx);
    expect(doc.diagnostics[0]).toMatchObject({
      code: 'STAGE_FAILED',
      message: 'stage "broken" failed: x is undefined',
    });
  });
});

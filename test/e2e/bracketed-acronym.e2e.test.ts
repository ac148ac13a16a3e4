import { beforeAll, describe, expect, it } from 'vitest';
import { createMarsad, type Marsad } from '../../src/app/index.js';
import { loadConfig } from '../../src/core/config.js';

// A side's name with its acronym in brackets closing a sentence: the name's span ends past the last word.
let marsad: Marsad;

beforeAll(async () => {
  marsad = await createMarsad(loadConfig({ kbDirs: [] }));
});

describe('a side named with its bracketed acronym at the end of a sentence', () => {
  it('keeps the incident and gives it that side as the doer', async () => {
    const text =
      'A roadside bomb wounded six soldiers in a convoy near Hakkari on Sunday. ' +
      "Hakkari officials attributed the blast to the outlawed Kurdistan Workers' Party (PKK).";
    const out = await marsad.analyse('t', {
      bytes: new TextEncoder().encode(text),
      format: 'text',
      hints: {},
    });
    expect(out.diagnostics).toEqual([]);
    expect(out.events).toHaveLength(1);
    expect(out.events[0].actor1?.name).toBe('Kurdistan Workers Party');
    expect(out.events[0].location?.name).toBe('Hakkari');
  });
});

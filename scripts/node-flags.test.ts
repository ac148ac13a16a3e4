import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MARSAD_NODE_FLAGS, nodeFlagsOf } from './node-flags.mjs';

const BIN = fileURLToPath(new URL('../bin/marsad.js', import.meta.url));

describe("marsad's node flags", () => {
  it('are read from the first line of bin/marsad.js', () => {
    expect(MARSAD_NODE_FLAGS).toEqual([
      '--no-regexp-tier-up',
      '--no-allocation-site-pretenuring',
      '--max-inlined-bytecode-size-cumulative=300',
    ]);
    expect(nodeFlagsOf('#!/usr/bin/env -S node\nx')).toEqual([]);
    expect(nodeFlagsOf('#!/usr/bin/env -S node --a-b --c\n')).toEqual(['--a-b', '--c']);
    expect(nodeFlagsOf('#!/usr/bin/env -S node --a --size-b=42\n')).toEqual(['--a', '--size-b=42']);
  });

  it('name a missing or foreign first line', () => {
    expect(() => nodeFlagsOf('#!/usr/bin/env node\n')).toThrow(/must start with/);
    expect(() => nodeFlagsOf('import x;\n')).toThrow(/must start with/);
  });

  it('are accepted by this node: bin/marsad.js runs as an executable, as npx runs it', () => {
    expect(execFileSync(BIN, ['--version'], { encoding: 'utf8' })).toMatch(/\d+\.\d+\.\d+/);
  });
});

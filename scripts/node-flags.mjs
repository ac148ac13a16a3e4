// The V8/Node flags `marsad` runs with, read from the command line of bin/marsad.js (its `#!` line), so that
// the demo and the speed benchmarks run the product as a user's `npx marsad` does. Set only there: V8 reads
// such flags at start-up, and flipping one at run time (v8.setFlagsFromString) after patterns have run
// crashed worker processes.
import { readFileSync } from 'node:fs';

const SHEBANG = /^#!\/usr\/bin\/env -S node((?: --[a-z-]+(?:=\d+)?)*)\n/;

/** The flags of a `#!/usr/bin/env -S node --flag --limit=N …` first line. */
export function nodeFlagsOf(script) {
  const match = SHEBANG.exec(script);
  if (!match) throw new Error('bin/marsad.js must start with "#!/usr/bin/env -S node [--flag[=N] …]"');
  return match[1].split(' ').filter(Boolean);
}

export const MARSAD_NODE_FLAGS = nodeFlagsOf(
  readFileSync(new URL('../bin/marsad.js', import.meta.url), 'utf8'),
);

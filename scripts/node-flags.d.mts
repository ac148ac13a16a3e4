/** The flags of a `#!/usr/bin/env -S node --flag …` first line (see node-flags.mjs). */
export function nodeFlagsOf(script: string): string[];
/** The flags bin/marsad.js runs node with. */
export const MARSAD_NODE_FLAGS: string[];

#!/usr/bin/env -S node --no-regexp-tier-up
// The flag compiles each regular expression to machine code at its first use, instead of interpreting it
// first: V8 drops the code of patterns idle across a collection and interprets them again, and marsad's
// patterns run over whole articles. It must come from the command line (see scripts/node-flags.mjs).
import '../dist/cli/main.js';

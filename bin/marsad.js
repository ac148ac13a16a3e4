#!/usr/bin/env -S node --no-regexp-tier-up --no-allocation-site-pretenuring
// The first flag compiles each regular expression to machine code at its first use, instead of interpreting
// it first: V8 drops the code of patterns idle across a collection and interprets them again, and marsad's
// patterns run over whole articles. The second keeps V8 from allocating a code site's objects straight in the
// old generation once it has found most of them alive at a young collection (as the tokens and matches of
// the article then being read are): every later article's went there too, dead by the next article but freed
// only by a full collection, rare here. Over passes of the corpus the old generation then took in 15 MB a
// pass, 3 MB with the flag, and nine passes peaked at 257 MB RSS, 231 MB with it, for the same CPU time.
// Flags must come from the command line (see scripts/node-flags.mjs).
import '../dist/cli/main.js';

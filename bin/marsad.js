#!/usr/bin/env -S node --no-regexp-tier-up --no-allocation-site-pretenuring --max-inlined-bytecode-size-cumulative=300
// The first flag compiles each regular expression to machine code at its first use, instead of interpreting
// it first: V8 drops the code of patterns idle across a collection and interprets them again, and marsad's
// patterns run over whole articles. The second keeps V8 from allocating a code site's objects straight in the
// old generation once it has found most of them alive at a young collection (as the tokens and matches of
// the article then being read are): every later article's went there too, dead by the next article but freed
// only by a full collection, rare here. Over passes of the corpus the old generation then took in 15 MB a
// pass, 3 MB with the flag, and nine passes peaked at 257 MB RSS, 231 MB with it, for the same CPU time.
// The third lets the optimising compiler inline about a third of the callees' bytecode it would (920 bytes
// into one function by default): a first run over a folder spent some 40% of its CPU time compiling, on the
// compiler's thread, big graphs of inlined calls, many thrown away at a deoptimisation and built again. On a
// loaded two-core machine (2026-12-05), `marsad extract` over the corpus's 700 articles took 6.1 s of CPU
// where it took 6.9 s (eight alternated runs each), and over eight alternated speed-bench runs the first
// pass rose from 121 to 146 articles/s, the whole run from 298 to 319, peak RSS fell from 283 to 274 MB, and
// the steady passes did not slow (453 against 441 articles/s, within the runs' spread). 250 did as well as
// 300 in single runs, 400 less.
// Flags must come from the command line (see scripts/node-flags.mjs).
import '../dist/cli/main.js';

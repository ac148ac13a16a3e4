import { setFlagsFromString } from 'node:v8';

// Imported first by the product's entry points, before any pattern has run: V8 reads the flag when it
// compiles a pattern, and one already compiled for its interpreter stays interpreted.
//
// By default V8 runs a regular expression in its bytecode interpreter and compiles it to machine code once it
// is hot ("tier-up"). In a long marsad run the patterns did not stay compiled: the institutions pattern of
// institution-town.ts, run on the 76 corpus articles that name a ministry or a parliament, took 26–58 ms a
// pass over the corpus in passes 4 to 6 against 1.6–2.8 ms with every pattern compiled once to machine code,
// and the patterns' share of the CPU profile fell from 16.3% to 13.6%. Every pattern here runs on article
// after article: the interpreter's quick start gains nothing.
setFlagsFromString('--no-regexp-tier-up');

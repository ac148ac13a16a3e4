import type { Command } from 'commander';

/** Adds one command, with its options and sub-commands, to the program. */
export type RegisterCommand = (program: Command) => void;

/**
 * Every command by the name a user types, in the order help lists them, each module loaded on demand: a
 * command's module brings in what it runs with (the web server, the database, the queue client), and a
 * one-shot `marsad extract` should not pay for the others' (measured: about 0.6 s of CPU and 35 MB before
 * its first article).
 */
const COMMANDS: readonly (readonly [string, () => Promise<RegisterCommand>])[] = [
  ['extract', async () => (await import('./extract.js')).registerExtractCommand],
  ['ingest', async () => (await import('./ingest.js')).registerIngestCommand],
  ['events', async () => (await import('./events.js')).registerEventsCommand],
  ['worker', async () => (await import('./worker.js')).registerWorkerCommand],
  ['serve', async () => (await import('./serve.js')).registerServeCommand],
  ['keys', async () => (await import('./keys.js')).registerKeysCommand],
  ['kb', async () => (await import('./kb.js')).registerKbCommand],
  ['eval', async () => (await import('./eval.js')).registerEvalCommand],
];

/**
 * The commands to register for the arguments after `marsad`: only the one they name first, else all of them
 * (for the program's help, its version, or a mistyped name that commander answers with a suggestion).
 *
 * @example commandNamesFor(['extract', 'a.txt']) // ['extract']
 * @example commandNamesFor(['--help']).length === 8
 */
export function commandNamesFor(args: readonly string[]): string[] {
  const names = COMMANDS.map(([name]) => name);
  return names.includes(args[0]) ? [args[0]] : names;
}

/**
 * Registers the commands `args` need on `program`, loading only their modules.
 *
 * @example await registerCommands(program, process.argv.slice(2));
 */
export async function registerCommands(program: Command, args: readonly string[]): Promise<void> {
  const wanted = commandNamesFor(args);
  for (const [name, load] of COMMANDS) if (wanted.includes(name)) (await load())(program);
}

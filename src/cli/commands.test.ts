import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandNamesFor, registerCommands } from './commands.js';

const ALL = ['extract', 'ingest', 'events', 'worker', 'serve', 'keys', 'kb', 'eval'];

describe('the commands marsad registers', () => {
  it('registers only the command a user runs', async () => {
    const program = new Command('marsad');
    await registerCommands(program, ['kb', 'lookup', 'Mosul']);
    expect(program.commands.map((c) => c.name())).toEqual(['kb']);
  });

  it('registers every command, in the order help lists them, when none is named first', () => {
    expect(commandNamesFor(['--help'])).toEqual(ALL);
    expect(commandNamesFor([])).toEqual(ALL);
    expect(commandNamesFor(['extrct', 'a.txt'])).toEqual(ALL);
    expect(commandNamesFor(['help', 'extract'])).toEqual(ALL);
  });

  it('gives help the full list of commands', async () => {
    const program = new Command('marsad');
    await registerCommands(program, ['--version']);
    expect(program.commands.map((c) => c.name())).toEqual(ALL);
  });
});

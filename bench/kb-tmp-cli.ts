import { Command } from 'commander';
import { registerKbCommand } from '../src/cli/kb.ts';
const p = new Command('marsad'); registerKbCommand(p); await p.parseAsync(process.argv);

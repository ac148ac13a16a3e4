import { Command } from 'commander';
import { quietOnClosedPipe } from './closed-pipe.js';
import { registerCommands } from './commands.js';

quietOnClosedPipe(process.stdout, () => process.exit(0));

const program = new Command('marsad')
  .description(
    'marsad — news articles in Arabic and English in, evidence-backed political-violence events out',
  )
  .version('0.1.0')
  .showHelpAfterError();

await registerCommands(program, process.argv.slice(2));

await program.parseAsync(process.argv);

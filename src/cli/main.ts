import { Command } from 'commander';
import { registerEvalCommand } from './eval.js';
import { registerEventsCommand } from './events.js';
import { registerExtractCommand } from './extract.js';
import { registerIngestCommand } from './ingest.js';
import { registerKbCommand } from './kb.js';
import { registerKeysCommand } from './keys.js';
import { registerServeCommand } from './serve.js';
import { registerWorkerCommand } from './worker.js';

const program = new Command('marsad')
  .description(
    'marsad — news articles in Arabic and English in, evidence-backed political-violence events out',
  )
  .version('0.1.0')
  .showHelpAfterError();

registerExtractCommand(program);
registerIngestCommand(program);
registerEventsCommand(program);
registerWorkerCommand(program);
registerServeCommand(program);
registerKeysCommand(program);
registerKbCommand(program);
registerEvalCommand(program);

await program.parseAsync(process.argv);

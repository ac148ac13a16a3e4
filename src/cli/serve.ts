import type { Command } from 'commander';
import { pino } from 'pino';
import { createMarsad, knowledgeLookup, type Marsad } from '../app/index.js';
import { loadConfig } from '../core/config.js';
import { MarsadError } from '../core/errors.js';
import { DEFAULT_RATE_LIMIT } from '../server/build-server.js';
import { assertListenAllowed, startServer } from '../server/start-server.js';
import { action } from './cli-errors.js';
import { openCommandStore } from './open-store.js';

interface ServeOptions {
  host: string;
  port: string;
  db?: string;
  referenceDate?: string;
  rateLimit: string;
}

/** `marsad serve`: the HTTP API, its OpenAPI docs at /docs and the browser UI at /. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Serve the API (docs at /docs) and the web UI over the stored events')
    .option(
      '--host <address>',
      'address to listen on; anything but loopback needs an API key first',
      '127.0.0.1',
    )
    .option('--port <n>', 'port to listen on', '8080')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default ./marsad.db or $MARSAD_DB)')
    .option(
      '--reference-date <YYYY-MM-DD>',
      'for posted articles without a date: resolve relative dates against this day',
    )
    .option('--rate-limit <n>', 'requests per minute per API key', String(DEFAULT_RATE_LIMIT.max))
    .addHelpText(
      'after',
      '\nExamples:\n  marsad serve --db events.db\n  marsad keys create --role admin --db events.db && marsad serve --host 0.0.0.0 --db events.db',
    )
    .action(
      action(async (options: ServeOptions) => {
        const port = Number(options.port);
        const perMinute = Number(options.rateLimit);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new MarsadError('BAD_REQUEST', `--port must be a port number, got "${options.port}"`);
        }
        if (!Number.isInteger(perMinute) || perMinute <= 0) {
          throw new MarsadError(
            'BAD_REQUEST',
            `--rate-limit must be a positive whole number, got "${options.rateLimit}"`,
          );
        }
        const config = loadConfig({ db: options.db, referenceDate: options.referenceDate });
        let loading: Promise<Marsad> | undefined;
        const loadMarsad = () => (loading ??= createMarsad(config));
        const store = await openCommandStore(config, {
          existing: true,
          knowledge: async () => knowledgeLookup((await loadMarsad()).kb.entities),
        });
        try {
          // Before the knowledge base loads (seconds): a refused address should fail at once.
          await assertListenAllowed(store, options.host);
          const marsad = await loadMarsad();
          const { url } = await startServer({
            store,
            process: (input) => marsad.analyse(input.source, input),
            knowledge: knowledgeLookup(marsad.kb.entities),
            host: options.host,
            port,
            logger: pino({ name: 'marsad' }),
            rateLimit: { max: perMinute, timeWindow: '1 minute' },
            bodyLimit: config.maxBytes,
            onClose: () => store.close(),
          });
          process.stderr.write(`marsad: serving ${config.db} at ${url} (API docs at ${url}/docs)\n`);
        } catch (error) {
          await store.close();
          throw error;
        }
      }),
    );
}

import type { Command } from 'commander';
import { openQueue, startWorker } from '../app/index.js';
import { loadConfig } from '../core/config.js';
import { MarsadError } from '../core/errors.js';
import { countOf, problemsNote } from './batch-summary.js';
import { action, reportFailure, reportWarning } from './cli-errors.js';
import { openPipelineAndStore } from './open-store.js';

interface WorkerOptions {
  queue: string;
  db?: string;
  concurrency: string;
  drain?: boolean;
}

/** `marsad worker`: takes inputs off a Redis job queue, runs the pipeline, stores the results. */
export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description(
      'Process inputs queued by `marsad ingest --queue`: run the pipeline and store articles and events',
    )
    .requiredOption('--queue <redis://host:port>', 'the Redis job queue')
    .option('--db <path|url>', 'SQLite file or postgres:// URL shared by all workers (default ./marsad.db)')
    .option('--concurrency <n>', 'jobs in hand at once', '2')
    .option('--drain', 'stop once the queue is empty instead of waiting for more')
    .addHelpText(
      'after',
      '\nExample:\n  marsad worker --queue redis://127.0.0.1:6379 --db postgres://postgres@127.0.0.1/test --drain',
    )
    .action(
      action(async (options: WorkerOptions) => {
        const concurrency = Number(options.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1) {
          throw new MarsadError(
            'BAD_REQUEST',
            `--concurrency must be a positive whole number, got "${options.concurrency}"`,
          );
        }
        const config = loadConfig({ db: options.db });
        const [[marsad, store], queue] = await Promise.all([
          openPipelineAndStore(config),
          openQueue(options.queue),
        ]);
        const worker = startWorker(marsad, queue, store, {
          concurrency,
          onFailure: reportFailure,
          onWarning: reportWarning,
        });
        const finish = async () => {
          await worker.stop();
          await queue.close();
          await store.close();
          const t = worker.tally;
          process.stderr.write(
            `worker stored ${countOf(t.stored, 'article')}, ${countOf(t.events, 'event')}; ` +
              `${t.duplicates} already stored, ${problemsNote(t.failures, t.warnings)}\n`,
          );
        };
        if (options.drain) {
          await queue.drained();
          await finish();
          return;
        }
        process.stderr.write(`worker waiting for jobs on ${options.queue} (Ctrl-C to stop)\n`);
        await new Promise<void>((resolve) => {
          const stop = () => void finish().then(resolve);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      }),
    );
}

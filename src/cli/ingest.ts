import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { createFileSource, createMarsad, openStore, runBatch } from '../app/index.js';
import { loadConfig } from '../core/config.js';
import { EXIT, action, reportFailure } from './cli-errors.js';

interface IngestOptions {
  db?: string;
  referenceDate?: string;
  maxBytes?: string;
}

/** `marsad ingest PATH...`: runs the pipeline and stores articles and events; re-ingesting stores nothing twice. */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('Run the pipeline over files and folders (.txt, .html, .json, .jsonl) and store articles and events')
    .argument('<paths...>', 'files or folders (recursive)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default ./marsad.db or $MARSAD_DB)')
    .option('--reference-date <YYYY-MM-DD>', 'resolve relative dates against this day when an article has no date')
    .option('--max-bytes <n>', 'largest single input accepted, in bytes (default 8 MB)')
    .addHelpText('after', '\nExample:\n  marsad ingest ./articles --db events.db')
    .action(
      action(async (paths: string[], options: IngestOptions) => {
        const config = loadConfig({
          db: options.db,
          referenceDate: options.referenceDate,
          maxBytes: options.maxBytes === undefined ? undefined : Number(options.maxBytes),
        });
        const [marsad, store] = await Promise.all([createMarsad(config), openStore(config.db)]);
        let skipped = 0;
        const source = createFileSource(paths, { maxBytes: config.maxBytes, onSkip: () => skipped++ });
        const bar = process.stderr.isTTY
          ? new SingleBar({ format: 'ingesting {value} inputs | {events} events | {failures} errors', stream: process.stderr }, Presets.shades_classic)
          : null;
        bar?.start(0, 0, { events: 0, failures: 0 });
        let events = 0;
        let failures = 0;
        try {
          const summary = await runBatch(marsad, source, {
            async onArticle(article) {
              const result = await store.saveArticle(article);
              if (result.inserted) events += result.events;
              return result.inserted;
            },
            onFailure(failure) {
              failures++;
              bar?.stop();
              reportFailure(failure);
              bar?.start(0, 0, { events, failures });
            },
            onProgress(done) {
              bar?.update(done, { events, failures });
            },
          });
          bar?.stop();
          process.stderr.write(
            `ingested ${summary.articles} articles, ${summary.events} events into ${config.db}; ` +
              `${summary.duplicates} already stored, ${skipped} skipped, ${summary.failures.length} errors\n`,
          );
          if (summary.articles + summary.duplicates === 0 && summary.failures.length + skipped > 0) {
            process.exitCode = EXIT.failed;
          }
        } finally {
          bar?.stop();
          await store.close();
        }
      }),
    );
}

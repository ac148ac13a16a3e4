import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { enqueueSource, INGEST_BATCH, openQueue, runBatch, sourceOf } from '../app/index.js';
import type { InputSpec } from '../app/index.js';
import { loadConfig } from '../core/config.js';
import { MarsadError } from '../core/errors.js';
import { countOf, problemsNote, skippedNote } from './batch-summary.js';
import { EXIT, action, reportFailure, reportWarning } from './cli-errors.js';
import { openPipelineAndStore } from './open-store.js';

interface IngestOptions {
  db?: string;
  referenceDate?: string;
  maxBytes?: string;
  queue?: string;
  feed?: string[];
}

/** `marsad ingest PATH...`: runs the pipeline and stores articles and events; re-ingesting stores nothing twice. */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description(
      'Run the pipeline over files and folders (.txt .html .json .jsonl .warc.gz, feeds and sitemaps as .xml), web pages and feeds; store articles and events',
    )
    .argument('[inputs...]', 'files or folders (recursive), http(s) URLs of pages')
    .option('--feed <url...>', 'RSS or Atom feeds: every item is fetched and ingested')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default ./marsad.db or $MARSAD_DB)')
    .option(
      '--reference-date <YYYY-MM-DD>',
      'resolve relative dates against this day when an article has no date',
    )
    .option('--max-bytes <n>', 'largest single input accepted, in bytes (default 8 MB)')
    .option(
      '--queue <redis://host:port>',
      'only put the inputs on this job queue; `marsad worker` processes them',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  marsad ingest ./articles --db events.db\n  marsad ingest ./articles --queue redis://127.0.0.1:6379',
    )
    .action(
      action(async (paths: string[], options: IngestOptions) => {
        const config = loadConfig({
          db: options.db,
          referenceDate: options.referenceDate,
          maxBytes: options.maxBytes === undefined ? undefined : Number(options.maxBytes),
        });
        const spec = { inputs: paths, feeds: options.feed ?? [], maxBytes: config.maxBytes };
        if (paths.length === 0 && spec.feeds.length === 0) {
          throw new MarsadError('BAD_REQUEST', 'name at least one file, folder, URL or --feed to ingest');
        }
        if (options.queue) return enqueueOnly(spec, options.queue);
        const [marsad, store] = await openPipelineAndStore(config);
        const skipped: string[] = [];
        const source = sourceOf({ ...spec, onSkip: (path) => skipped.push(path) });
        const bar = process.stderr.isTTY
          ? new SingleBar(
              {
                format: 'ingesting {value} inputs | {events} events | {failures} errors',
                stream: process.stderr,
              },
              Presets.shades_classic,
            )
          : null;
        bar?.start(0, 0, { events: 0, failures: 0 });
        let events = 0;
        let failures = 0;
        let warnings = 0;
        try {
          const summary = await runBatch(
            marsad,
            source,
            {
              async onArticles(articles) {
                const results = await store.saveArticles(articles);
                for (const result of results) if (result.inserted) events += result.events;
                return results.map((r) => r.inserted);
              },
              onFailure(failure) {
                failures++;
                bar?.stop();
                reportFailure(failure);
                bar?.start(0, 0, { events, failures });
              },
              onWarning(warning) {
                warnings++;
                bar?.stop();
                reportWarning(warning);
                bar?.start(0, 0, { events, failures });
              },
              onProgress(done) {
                bar?.update(done, { events, failures });
              },
            },
            INGEST_BATCH,
          );
          bar?.stop();
          process.stderr.write(
            `ingested ${countOf(summary.articles, 'article')}, ${countOf(summary.events, 'event')} ` +
              `into ${config.db}; ${summary.duplicates} already stored, ${skippedNote(skipped)}, ` +
              `${problemsNote(summary.failures.length, warnings)}\n`,
          );
          if (summary.articles + summary.duplicates === 0 && summary.failures.length + skipped.length > 0) {
            process.exitCode = EXIT.failed;
          }
        } finally {
          bar?.stop();
          await store.close();
        }
      }),
    );
}

async function enqueueOnly(spec: InputSpec, url: string): Promise<void> {
  const queue = await openQueue(url);
  try {
    let failures = 0;
    const skipped: string[] = [];
    const source = sourceOf({ ...spec, onSkip: (path) => skipped.push(path) });
    const { queued, repeated } = await enqueueSource(queue, source, (failure) => {
      failures++;
      reportFailure(failure);
    });
    process.stderr.write(
      `queued ${countOf(queued, 'input')} on ${url} (${repeated} already queued, ${skippedNote(skipped)}, ` +
        `${countOf(failures, 'error')}); run \`marsad worker --queue ${url} --db …\` to process them\n`,
    );
    if (queued + repeated === 0 && failures + skipped.length > 0) process.exitCode = EXIT.failed;
  } finally {
    await queue.close();
  }
}

import type { Command } from 'commander';
// From their own modules, not app/index.js: that one also loads the database and queue adapters, which a
// one-shot extract never opens.
import { sourceOf } from '../app/input-sources.js';
import { createMarsad } from '../app/marsad.js';
import { runBatch } from '../app/run-batch.js';
import { loadConfig } from '../core/config.js';
import { EXIT, action, reportFailure, reportWarning } from './cli-errors.js';

/** `marsad extract FILE...`: JSON Lines on stdout, one object per input, no database. */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description(
      'Extract articles and events from files (or - for stdin) and print JSON Lines, one per input',
    )
    .argument('<inputs...>', 'files, folders, http(s) URLs of pages; - reads standard input')
    .option(
      '--reference-date <YYYY-MM-DD>',
      'resolve relative dates against this day when an article has no date',
    )
    .option('--compact', 'leave out the article text, sentences and mentions (events and metadata only)')
    .addHelpText('after', '\nExample:\n  marsad extract article.txt | jq .events')
    .action(
      action(async (files: string[], options: { referenceDate?: string; compact?: boolean }) => {
        const config = loadConfig({ referenceDate: options.referenceDate });
        const marsad = await createMarsad(config);
        const source = sourceOf({ inputs: files, maxBytes: config.maxBytes });
        const summary = await runBatch(marsad, source, {
          async onArticles([article]) {
            const printed = options.compact
              ? {
                  ...article,
                  text: undefined,
                  sentences: undefined,
                  mentions: undefined,
                  quantities: undefined,
                }
              : article;
            process.stdout.write(JSON.stringify(printed) + '\n');
          },
          onFailure(failure) {
            reportFailure(failure);
            process.stdout.write(JSON.stringify({ source: failure.source, error: failure }) + '\n');
          },
          onWarning: reportWarning,
        });
        if (summary.articles === 0 && summary.failures.length > 0) process.exitCode = EXIT.failed;
      }),
    );
}

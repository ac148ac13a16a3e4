import type { Command } from 'commander';
import { formatReport, readJsonLines, scoreEvents, type GoldArticle } from '../app/eval/index.js';
import { action } from './cli-errors.js';

/**
 * `marsad eval GOLD.jsonl PRED.jsonl`: scores predicted events against gold annotations (docs/eval.md).
 *
 * @example registerEvalCommand(program) // then: marsad eval gold.jsonl preds.jsonl --json
 */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description(
      'Score predicted events (marsad extract output) against gold annotations: P/R/F1, fields, per type and language',
    )
    .argument('<gold>', 'gold annotations, JSON Lines in the format of docs/eval.md')
    .argument('<pred>', 'predictions, JSON Lines as `marsad extract` prints them')
    .option('--json', 'print the figures as one JSON object')
    .addHelpText(
      'after',
      '\nExample:\n  marsad extract articles/*.txt > pred.jsonl && marsad eval gold.jsonl pred.jsonl',
    )
    .action(
      action(async (goldPath: string, predPath: string, options: { json?: boolean }) => {
        const gold = readJsonLines(goldPath) as unknown as GoldArticle[];
        const report = scoreEvents(gold, readJsonLines(predPath));
        process.stdout.write((options.json ? JSON.stringify(report) : formatReport(report)) + '\n');
      }),
    );
}

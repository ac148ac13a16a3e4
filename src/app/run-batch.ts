import type { ArticleOutput } from '../core/article-output.js';
import { isMarsadError } from '../core/errors.js';
import type { Source } from '../core/ports.js';
import type { Marsad } from './marsad.js';

/** Articles saved per store transaction by `marsad ingest`: a commit per article would cost more than its rows. */
export const INGEST_BATCH = 50;

/** One input that could not be processed, named, with the catalogue code. */
export interface BatchFailure {
  source: string;
  code: string;
  message: string;
}

export interface BatchSummary {
  articles: number;
  events: number;
  /** Inputs whose content was already stored. */
  duplicates: number;
  failures: BatchFailure[];
}

export interface BatchHooks {
  /**
   * Receives processed articles, as many at a time as the batch size (the last batch may be smaller);
   * returns, per article, false when the store already had it. Throwing fails the batch: its articles
   * are then handed over again one by one, so only the bad one is lost.
   */
  onArticles(articles: ArticleOutput[]): Promise<readonly boolean[] | void>;
  onFailure?(failure: BatchFailure): void;
  /** An input processed with a warning (its text partly lost or replaced): the article is kept, and the warning named. */
  onWarning?(warning: BatchFailure): void;
  onProgress?(done: number): void;
}

/**
 * Runs every input of a source through the pipeline. One bad input becomes a named failure and the
 * batch goes on; nothing already handed to `onArticles` is lost.
 *
 * @example await runBatch(marsad, source, { onArticles: (a) => store.saveArticles(a).then(...) }, INGEST_BATCH)
 */
export async function runBatch(
  marsad: Marsad,
  source: Source,
  hooks: BatchHooks,
  batchSize = 1,
): Promise<BatchSummary> {
  const summary: BatchSummary = { articles: 0, events: 0, duplicates: 0, failures: [] };
  const fail = (failure: BatchFailure) => {
    summary.failures.push(failure);
    hooks.onFailure?.(failure);
  };
  let pending: ArticleOutput[] = [];
  let done = 0;
  for await (const item of source.items()) {
    done++;
    const analysed = item.error ? failureOf(item.source, item.error) : await analyseInput(marsad, item);
    if (isFailure(analysed)) fail(analysed);
    else {
      for (const warning of warningsOf(analysed)) hooks.onWarning?.(warning);
      pending.push(analysed);
    }
    if (pending.length >= batchSize) {
      await handOver(pending, hooks, summary, fail);
      pending = [];
    }
    hooks.onProgress?.(done);
  }
  await handOver(pending, hooks, summary, fail);
  return summary;
}

/** The warnings of a processed article (its text partly lost or replaced), named by the article's source. */
export function warningsOf(article: ArticleOutput): BatchFailure[] {
  return article.diagnostics
    .filter((d) => d.severity === 'warning')
    .map(({ code, message }) => ({ source: article.source, code, message }));
}

/** Tells `analyseInput`'s failure from its article. */
export function isFailure(result: ArticleOutput | BatchFailure): result is BatchFailure {
  return !('events' in result);
}

/** The pipeline's output for one input, or the named failure when a stage reported an error. */
export async function analyseInput(
  marsad: Marsad,
  item: { source: string; raw: Parameters<Marsad['analyse']>[1] },
): Promise<ArticleOutput | BatchFailure> {
  try {
    const article = await marsad.analyse(item.source, item.raw);
    const fatal = article.diagnostics.find((d) => d.severity === 'error');
    return fatal ? { source: item.source, code: fatal.code, message: fatal.message } : article;
  } catch (e) {
    return failureOf(item.source, e);
  }
}

async function handOver(
  batch: ArticleOutput[],
  hooks: BatchHooks,
  summary: BatchSummary,
  fail: (failure: BatchFailure) => void,
): Promise<void> {
  if (batch.length === 0) return;
  let fresh: readonly boolean[] | void;
  try {
    fresh = await hooks.onArticles(batch);
  } catch (e) {
    if (batch.length === 1) return fail(failureOf(batch[0].source, e));
    for (const article of batch) await handOver([article], hooks, summary, fail);
    return;
  }
  batch.forEach((article, i) => {
    if (fresh?.[i] === false) summary.duplicates++;
    else {
      summary.articles++;
      summary.events += article.events.length;
    }
  });
}

/**
 * A failure named after its input, with the catalogue code and — as the pipeline's own diagnostics have
 * it — the catalogue's hint when the error carries one ("… over the 8.0 MB limit — Split the input …").
 */
export function failureOf(source: string, error: unknown): BatchFailure {
  if (isMarsadError(error)) return { source, code: error.code, message: `${error.message} — ${error.hint}` };
  return {
    source,
    code: 'STAGE_FAILED',
    message: `${source}: ${error instanceof Error ? error.message : String(error)}`,
  };
}

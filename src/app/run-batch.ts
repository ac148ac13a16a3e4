import type { ArticleOutput } from '../core/article-output.js';
import { isMarsadError } from '../core/errors.js';
import type { Source } from '../core/ports.js';
import type { Marsad } from './marsad.js';

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
  /** Receives each processed article; returns false when the store already had it. */
  onArticle(article: ArticleOutput): Promise<boolean | void>;
  onFailure?(failure: BatchFailure): void;
  onProgress?(done: number): void;
}

/**
 * Runs every input of a source through the pipeline. One bad input becomes a named failure and the
 * batch goes on; nothing already handed to `onArticle` is lost.
 */
export async function runBatch(marsad: Marsad, source: Source, hooks: BatchHooks): Promise<BatchSummary> {
  const summary: BatchSummary = { articles: 0, events: 0, duplicates: 0, failures: [] };
  let done = 0;
  for await (const item of source.items()) {
    done++;
    const failure = item.error
      ? failureOf(item.source, item.error)
      : await analyseAndHand(marsad, item.source, item.raw, hooks, summary);
    if (failure) {
      summary.failures.push(failure);
      hooks.onFailure?.(failure);
    }
    hooks.onProgress?.(done);
  }
  return summary;
}

async function analyseAndHand(
  marsad: Marsad,
  source: string,
  raw: Parameters<Marsad['analyse']>[1],
  hooks: BatchHooks,
  summary: BatchSummary,
): Promise<BatchFailure | null> {
  const article = await marsad.analyse(source, raw);
  const fatal = article.diagnostics.find((d) => d.severity === 'error');
  if (fatal) return { source, code: fatal.code, message: fatal.message };
  try {
    const fresh = await hooks.onArticle(article);
    if (fresh === false) summary.duplicates++;
    else {
      summary.articles++;
      summary.events += article.events.length;
    }
    return null;
  } catch (e) {
    return failureOf(source, e);
  }
}

function failureOf(source: string, error: unknown): BatchFailure {
  if (isMarsadError(error)) return { source, code: error.code, message: error.message };
  return {
    source,
    code: 'STAGE_FAILED',
    message: `${source}: ${error instanceof Error ? error.message : String(error)}`,
  };
}

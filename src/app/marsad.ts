import { existsSync } from 'node:fs';
import { toArticleOutput, type ArticleOutput } from '../core/article-output.js';
import type { Config } from '../core/config.js';
import { newDocument } from '../core/new-document.js';
import type { RawInput } from '../core/records.js';
import { createPipeline, type Pipeline } from '../pipeline/index.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../stages/knowledge/index.js';
import { buildStages } from './stages.js';

/** The assembled product: knowledge loaded, stages ordered, ready to turn raw inputs into articles. */
export interface Marsad {
  readonly config: Config;
  readonly kb: KnowledgeBase;
  readonly pipeline: Pipeline;
  /** Runs the whole pipeline on one input. Failures become error diagnostics on the result, never throws. */
  analyse(source: string, raw: RawInput): Promise<ArticleOutput>;
}

/**
 * @example
 * const marsad = await createMarsad(loadConfig({}));
 * const article = await marsad.analyse('a.txt', { bytes, format: 'auto', hints: {} });
 */
export async function createMarsad(config: Config): Promise<Marsad> {
  const kb = await loadKnowledgeBase({ userDirs: config.kbDirs.filter((dir) => existsSync(dir)) });
  const pipeline = createPipeline(buildStages(kb));
  return {
    config,
    kb,
    pipeline,
    async analyse(source, raw) {
      const doc = await pipeline.run(newDocument(source, raw, [...(raw.notes ?? [])]), {
        referenceDate: config.referenceDate,
      });
      return toArticleOutput(doc);
    },
  };
}

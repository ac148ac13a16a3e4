import type { Stage } from '../core/stage.js';
import { createCleanStage } from '../stages/clean/index.js';
import { createExtractStage } from '../stages/extract/index.js';
import { createIngestStage } from '../stages/ingest/index.js';
import { createKnowledgeStage, type KnowledgeBase } from '../stages/knowledge/index.js';
import { createLanguageStage } from '../stages/language/index.js';
import { createResolveStage } from '../stages/resolve/index.js';

/** The one ordered list of stages: every article goes through these, in this order. */
export function buildStages(kb: KnowledgeBase): Stage[] {
  return [
    createIngestStage(),
    createCleanStage(),
    createLanguageStage(),
    createKnowledgeStage(kb),
    createExtractStage(),
    createResolveStage(),
  ];
}

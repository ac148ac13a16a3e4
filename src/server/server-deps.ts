import type { Keyring } from '../app/keys.js';
import type { ArticleOutput } from '../core/article-output.js';
import type { ServingStore } from '../core/ports.js';
import type { InputHints } from '../core/records.js';

/** One input for the pipeline, as POST /api/articles received it. */
export interface ProcessInput {
  source: string;
  bytes: Uint8Array;
  format: 'text' | 'html' | 'auto';
  hints: InputHints;
}

/** Runs the whole pipeline on one input; the app provides it (`marsad.analyse`). */
export type ProcessArticle = (input: ProcessInput) => Promise<ArticleOutput>;

/** What the knowledge base says about an entity (docs/knowledge-format.md columns), for the entity page. */
export interface KnowledgeEntry {
  kind: string;
  name_en: string;
  name_ar: string;
  aliases_en: readonly string[];
  aliases_ar: readonly string[];
  parent: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/**
 * Looks an entity up in the loaded knowledge base by id (or English name); the app passes
 * `knowledgeLookup(kb.entities)`.
 */
export type LookupEntity = (id: string) => KnowledgeEntry | null | undefined;

/** What the routes use: given to every route plugin by `buildServer`. */
export interface RouteDeps {
  store: ServingStore;
  process: ProcessArticle;
  keys: Keyring;
  knowledge: LookupEntity;
  now: () => Date;
}

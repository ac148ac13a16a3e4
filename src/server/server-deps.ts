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

/** What the routes use: given to every route plugin by `buildServer`. */
export interface RouteDeps {
  store: ServingStore;
  process: ProcessArticle;
  keys: Keyring;
  now: () => Date;
}

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openStore } from '../app/index.js';
import type { ArticleOutput } from '../core/article-output.js';
import type { ServingStore } from '../core/ports.js';
import { buildServer, type ServerOptions } from './build-server.js';
import type { ProcessArticle } from './server-deps.js';

/** The hand-written marsad/1 articles the store's contract suite uses, ingested into every API test. */
export function fixtureArticles(): ArticleOutput[] {
  return ['mosul-clash', 'idlib-strike', 'tripoli-protest'].map(
    (name) =>
      JSON.parse(
        readFileSync(new URL(`../adapters/store/fixtures/${name}.json`, import.meta.url), 'utf8'),
      ) as ArticleOutput,
  );
}

export interface ApiHarness {
  app: FastifyInstance;
  store: ServingStore;
  articles: ArticleOutput[];
  close(): Promise<void>;
}

/**
 * A real SQLite file in a temporary folder, the fixture articles stored in it, and the server on top.
 *
 * @example const api = await openApi({ process }); await api.app.inject('/api/events'); await api.close();
 */
export async function openApi(
  options: Partial<ServerOptions> & { process: ProcessArticle },
): Promise<ApiHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-api-'));
  const store = await openStore(join(dir, 'events.db'));
  const articles = fixtureArticles();
  for (const article of articles) await store.saveArticle(article);
  const app = await buildServer({ store, webRoot: null, rateLimit: false, ...options });
  return {
    app,
    store,
    articles,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

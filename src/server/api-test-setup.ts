import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openStore } from '../app/index.js';
import type { ArticleOutput } from '../core/article-output.js';
import { fixtureArticles } from '../app/exports/export-fixtures.js';
import type { ServingStore } from '../core/ports.js';
import { buildServer, type ServerOptions } from './build-server.js';
import type { ProcessArticle } from './server-deps.js';

const postsNothing: ProcessArticle = async () => {
  throw new Error('these tests post nothing');
};

/** The server of openApi, its store and the fixture articles in it; `close` removes them all. */
export interface ApiHarness {
  app: FastifyInstance;
  store: ServingStore;
  articles: ArticleOutput[];
  close(): Promise<void>;
}

/**
 * A real SQLite file in a temporary folder, the store's hand-written fixture articles (three marsad/1
 * articles: English Iraq, Arabic Syria, English Libya with markup in its text) stored in it, and the server.
 * Without `process`, posting an article fails: most API tests post nothing.
 *
 * @example const api = await openApi({ process }); await api.app.inject('/api/events'); await api.close();
 */
export async function openApi(options: Partial<ServerOptions> = {}): Promise<ApiHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-api-'));
  const store = await openStore(join(dir, 'events.db'));
  const articles = fixtureArticles();
  for (const article of articles) await store.saveArticle(article);
  const app = await buildServer({
    store,
    process: postsNothing,
    webRoot: null,
    rateLimit: false,
    ...options,
  });
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

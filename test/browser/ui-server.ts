import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { createMarsad, knowledgeLookup } from '../../src/app/index.js';
import { createSqliteStore } from '../../src/adapters/store/index.js';
import type { ArticleOutput } from '../../src/core/article-output.js';
import { loadConfig } from '../../src/core/config.js';
import type { ServingStore } from '../../src/core/ports.js';
import { buildServer } from '../../src/server/build-server.js';
import { buildWeb } from '../../web/build/build-web.js';
import { launchChromium, openPage } from './browser-session.js';

export interface UiServer {
  url: string;
  store: ServingStore;
  /** The SQLite file behind the store, for a test that changes it as no API call can. */
  dbPath: string;
  close(): Promise<void>;
}

/**
 * The real thing on a random port: the UI freshly built, a new SQLite file holding `articles`, the
 * pipeline and its knowledge base behind the API, no API keys (loopback only, as `marsad serve` runs by default).
 *
 * @example const ui = await startUiServer(browserArticles()); await page.goto(ui.url); await ui.close();
 */
export async function startUiServer(articles: readonly ArticleOutput[]): Promise<UiServer> {
  const webRoot = await buildWeb(path.join(tmpdir(), `marsad-web-${process.pid}`));
  const dir = mkdtempSync(path.join(tmpdir(), 'marsad-ui-'));
  const store = await createSqliteStore(path.join(dir, 'ui.db'));
  for (const article of articles) await store.saveArticle(article);
  const marsad = await createMarsad(loadConfig({ kbDirs: [] }, {}));
  const app: FastifyInstance = await buildServer({
    store,
    webRoot,
    rateLimit: false,
    process: (input) => marsad.analyse(input.source, input),
    // As `marsad serve` passes it: the built-in knowledge base names the fixtures' entities in Arabic.
    knowledge: knowledgeLookup(marsad.kb.entities),
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url: `${url}/`,
    store,
    dbPath: path.join(dir, 'ui.db'),
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(webRoot, { recursive: true, force: true });
    },
  };
}

/** The server and the browser a test file drives, there once its `beforeAll` has run. */
export interface UiSession {
  ui: UiServer;
  browser: Browser;
}

/**
 * Starts the UI server on `articles` and Chromium before a file's tests and stops both after them, so each
 * browser test file opens pages on its own store.
 *
 * @example const session = uiSession(browserArticles()); await openPage(session.browser); session.ui.url
 */
export function uiSession(articles: readonly ArticleOutput[]): UiSession {
  const session = {} as UiSession;
  beforeAll(async () => {
    [session.ui, session.browser] = await Promise.all([startUiServer(articles), launchChromium()]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.ui?.close();
  });
  return session;
}

/**
 * Opens the explore page at `address` (what follows the UI's url) on a fresh page of the session, runs
 * `body` once it is ready, and fails on any script error.
 *
 * @example await onExplorePage(session, '#/?q=Marib', async (page) => { … })
 */
export async function onExplorePage(
  session: UiSession,
  address: string,
  body: (page: Page) => Promise<void>,
): Promise<void> {
  const { page, trouble, close } = await openPage(session.browser);
  try {
    await page.goto(`${session.ui.url}${address}`);
    await page.waitForSelector('.explore[data-state="ready"]');
    await body(page);
    expect(trouble.errors).toEqual([]);
  } finally {
    await close();
  }
}

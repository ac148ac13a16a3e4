import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** web/dist of the package: two folders up from both src/server and dist/server. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * Serves the browser UI's build at `/`. Paths that are not files get index.html, so the UI's own routes
 * survive a reload. Without a build (web/dist missing) the API runs alone.
 *
 * @example await registerWebUi(app, 'web/dist');
 */
export async function registerWebUi(app: FastifyInstance, root = DEFAULT_WEB_ROOT): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) {
    app.log.warn({ root }, 'no web UI build found; serving the API only');
    return false;
  }
  // wildcard: false registers one route per file at start-up, leaving "/*" free for the fallback below.
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    return reply.type('text/html').sendFile('index.html');
  });
  return true;
}

import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { createKeyring, type Keyring } from '../app/keys.js';
import { DEFAULT_MAX_BYTES } from '../core/config.js';
import { MarsadError } from '../core/errors.js';
import type { ServingStore } from '../core/ports.js';
import { registerAccessControl } from './access-control.js';
import { registerErrorHandling } from './api-errors.js';
import { articleRoutes } from './routes/article-routes.js';
import { entityRoutes } from './routes/entity-routes.js';
import { eventRoutes } from './routes/event-routes.js';
import { exportRoutes } from './routes/export-routes.js';
import { healthRoutes } from './routes/health-routes.js';
import { keyRoutes } from './routes/key-routes.js';
import { statsRoutes } from './routes/stats-routes.js';
import type { LookupEntity, ProcessArticle, RouteDeps } from './server-deps.js';
import { registerWebUi } from './web-ui.js';

export interface ServerOptions {
  store: ServingStore;
  /** Runs the pipeline for POST /api/articles. */
  process: ProcessArticle;
  /** Defaults to keys kept in `store`. */
  keys?: Keyring;
  /** The knowledge base, for entity pages: names and coordinates beyond what stored articles say. */
  knowledge?: LookupEntity;
  /** A pino logger, true for Fastify's own, false (the default) for none. */
  logger?: FastifyBaseLogger | boolean;
  /** Requests per key (or per client address when the API is open) per window; false turns limits off. */
  rateLimit?: { max: number; timeWindow: string } | false;
  /** The built browser UI (index.html + assets); null to serve the API only. */
  webRoot?: string | null;
  bodyLimit?: number;
  /** Refuse requests without a valid key even when no key exists (the server listens beyond loopback). */
  requireKeys?: boolean;
  now?: () => Date;
}

export const DEFAULT_RATE_LIMIT = { max: 600, timeWindow: '1 minute' };

/**
 * The HTTP API as a Fastify instance, not yet listening: tests call `app.inject()`, `startServer` listens.
 *
 * @example
 * const app = await buildServer({ store, process: (input) => marsad.analyse(input.source, input) });
 * const res = await app.inject('/api/events?country=SY');
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const logger = options.logger ?? false;
  const app = Fastify({
    ...(typeof logger === 'boolean' ? { logger } : { loggerInstance: logger }),
    bodyLimit: options.bodyLimit ?? DEFAULT_MAX_BYTES,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  const deps: RouteDeps = {
    store: options.store,
    process: options.process,
    keys: options.keys ?? createKeyring(options.store),
    knowledge: options.knowledge ?? (() => null),
    now: options.now ?? (() => new Date()),
  };
  registerAccessControl(app, deps.keys, options.requireKeys ?? false);
  const limits = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  if (limits) {
    await app.register(rateLimit, {
      ...limits,
      // After the key check (onRequest), so the limit is counted per key, not per address.
      hook: 'preHandler',
      keyGenerator: (request) => (request.apiKey ? `key:${request.apiKey.id}` : `ip:${request.ip}`),
      allowList: (request) => !request.url.startsWith('/api/'),
      errorResponseBuilder: (_request, context) =>
        Object.assign(
          new MarsadError('RATE_LIMITED', `more than ${context.max} requests in ${context.after}`),
          {
            statusCode: context.statusCode,
          },
        ),
    });
  }

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'marsad API',
        version: '1',
        description:
          'Political-violence events from news articles, every field with the text that supports it.',
      },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } } },
      security: [{ apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  for (const routes of [
    healthRoutes,
    eventRoutes,
    articleRoutes,
    entityRoutes,
    statsRoutes,
    exportRoutes,
    keyRoutes,
  ]) {
    await app.register(routes, deps);
  }
  if (options.webRoot !== null) await registerWebUi(app, options.webRoot);
  return app;
}

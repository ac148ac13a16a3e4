import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteDeps } from '../server-deps.js';

/** GET /healthz: the store answers; counts for a glance. Needs no key. */
export const healthRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store }) => {
  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Liveness: the store answers',
        tags: ['health'],
        response: {
          200: z.object({ status: z.literal('ok'), articles: z.number().int(), events: z.number().int() }),
        },
      },
    },
    async () => ({ status: 'ok' as const, ...(await store.counts()) }),
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { eventFilterQuery, filterOf } from '../../app/event-filter-query.js';
import { errorSchema } from '../schemas/record-schemas.js';
import type { RouteDeps } from '../server-deps.js';

const rows = z.array(z.object({ key: z.string(), count: z.number().int() }));

/** GET /api/stats: counts of the filtered events by day, type and country (the UI's timeline and legend). */
export const statsRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store }) => {
  app.get(
    '/api/stats',
    {
      schema: {
        summary: 'Counts of events by day, event type and country, under the same filters as /api/events',
        tags: ['events'],
        querystring: eventFilterQuery,
        response: {
          200: z.object({
            total: z.number().int(),
            by_day: rows,
            by_type: rows,
            by_country: rows,
            last_stored: z
              .string()
              .nullable()
              .describe('when the latest counted event was first stored: stored_after for what is new since'),
          }),
          400: errorSchema,
        },
      },
    },
    async (request) => {
      const stats = await store.stats(filterOf(request.query));
      return {
        total: stats.total,
        by_day: stats.byDay,
        by_type: stats.byType,
        by_country: stats.byCountry,
        last_stored: stats.lastStored,
      };
    },
  );
};

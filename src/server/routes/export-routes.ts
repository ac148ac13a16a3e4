import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EXPORT_FORMATS, EXPORT_MEDIA, exportEvents, storedEvents } from '../../app/exports/index.js';
import { eventFilterQuery, filterOf } from '../../app/event-filter-query.js';
import { errorSchema } from '../schemas/record-schemas.js';
import type { RouteDeps } from '../server-deps.js';

/** GET /api/export: every event matching the filters, streamed as CSV, GeoJSON, STIX 2.1 or JSON Lines. */
export const exportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store, now, knowledge }) => {
  app.get(
    '/api/export',
    {
      schema: {
        summary: 'Download the filtered events as csv (ACLED columns), geojson, stix (2.1 bundle) or jsonl',
        tags: ['export'],
        querystring: eventFilterQuery.extend({
          format: z.enum(EXPORT_FORMATS),
          sort: z.enum(['date', '-date', 'fatalities', '-fatalities']).default('-date'),
        }),
        // The 200 body is a streamed file, not JSON: it has no response schema.
        response: { 400: errorSchema },
      },
    },
    async (request, reply) => {
      const { format, sort, ...filters } = request.query;
      const events = storedEvents(store, { ...filterOf(filters), sort });
      const body = exportEvents(format, events, { articles: (id) => store.getArticle(id), now, knowledge });
      const media = EXPORT_MEDIA[format];
      // The typed reply only knows the JSON error shape; the file goes out through the plain reply.
      return (reply as FastifyReply)
        .type(media.type)
        .header('content-disposition', `attachment; filename="marsad-events.${media.extension}"`)
        .send(Readable.from(body));
    },
  );
};

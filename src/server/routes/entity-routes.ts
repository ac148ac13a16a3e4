import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MarsadError } from '../../core/errors.js';
import { entitySchema, errorSchema, eventPageSchema } from '../schemas/record-schemas.js';
import type { RouteDeps } from '../server-deps.js';

/** GET /api/entities?q= and GET /api/entities/:id: actors and places as the stored articles name them. */
export const entityRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store }) => {
  app.get(
    '/api/entities',
    {
      schema: {
        summary: 'Find actors and places by any of their names, Arabic or English',
        tags: ['entities'],
        querystring: z.object({
          q: z.string().min(1).max(200).describe('part of a name, or an entity id'),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: z.object({ items: z.array(entitySchema) }), 400: errorSchema },
      },
    },
    async (request) => ({ items: await store.findEntities(request.query.q, request.query.limit) }),
  );

  app.get(
    '/api/entities/:id',
    {
      schema: {
        summary: 'One entity: its names in both languages and the events it takes part in',
        tags: ['entities'],
        params: z.object({ id: z.string().min(1).max(200) }),
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(1000).default(50),
          cursor: z.string().min(1).max(500).optional(),
        }),
        response: { 200: z.object({ entity: entitySchema, events: eventPageSchema }), 404: errorSchema },
      },
    },
    async (request) => {
      const entity = await store.getEntity(request.params.id);
      if (!entity) throw new MarsadError('NOT_FOUND', `no entity "${request.params.id}"`);
      const page = await store.listEvents({ entity: entity.id, ...request.query });
      return { entity, events: { items: page.items, next_cursor: page.nextCursor } };
    },
  );
};

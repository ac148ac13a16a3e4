import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MarsadError } from '../../core/errors.js';
import type { EntitySummary } from '../../core/ports.js';
import { entitySchema, errorSchema, eventPageSchema } from '../schemas/record-schemas.js';
import { withArabicNames } from '../../app/arabic-names.js';
import { wholeNumber } from '../../app/event-filter-query.js';
import type { KnowledgeEntry, RouteDeps } from '../server-deps.js';

const knowledgeSchema = z
  .object({
    parent: z.string().nullable(),
    country: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
  })
  .nullable()
  .describe('what the knowledge base adds; null when the entity is not in it');

/** GET /api/entities?q= and GET /api/entities/:id: actors and places as the stored articles name them. */
export const entityRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store, knowledge }) => {
  app.get(
    '/api/entities',
    {
      schema: {
        summary: 'Find actors and places by any of their names, Arabic or English',
        tags: ['entities'],
        querystring: z.object({
          q: z.string().min(1).max(200).describe('part of a name, or an entity id'),
          limit: wholeNumber(1, 100).default(20),
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
          limit: wholeNumber(1, 1000).default(50),
          cursor: z.string().min(1).max(500).optional(),
        }),
        response: {
          200: z.object({ entity: entitySchema, knowledge: knowledgeSchema, events: eventPageSchema }),
          404: errorSchema,
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const [stored, known] = [await store.getEntity(id), knowledge(id) ?? null];
      if (!stored && !known) throw new MarsadError('NOT_FOUND', `no entity "${id}"`);
      const page = await store.listEvents({ entity: id, ...request.query });
      return {
        entity: withKnownNames(id, stored, known),
        knowledge: known && { parent: known.parent, country: known.country, lat: known.lat, lon: known.lon },
        events: { items: page.items.map((e) => withArabicNames(e, knowledge)), next_cursor: page.nextCursor },
      };
    },
  );
};

// The knowledge base's names come first, then the other spellings the articles used.
function withKnownNames(
  id: string,
  stored: EntitySummary | null,
  known: KnowledgeEntry | null,
): EntitySummary {
  const base = stored ?? {
    id,
    kind: known?.kind ?? 'group',
    name: known?.name_en ?? id,
    names: { en: [], ar: [] },
    articles: 0,
    events: 0,
  };
  if (!known) return base;
  const unique = (names: readonly string[]) => [...new Set(names.filter((n) => n.trim() !== ''))];
  return {
    ...base,
    kind: known.kind,
    name: known.name_en,
    names: {
      en: unique([known.name_en, ...known.aliases_en, ...base.names.en]),
      ar: unique([known.name_ar, ...known.aliases_ar, ...base.names.ar]),
    },
  };
}

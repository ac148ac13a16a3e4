import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ArticleOutput, StoredEvent } from '../../core/article-output.js';
import { MarsadError } from '../../core/errors.js';
import { eventListQuery, filterOf } from '../../app/event-filter-query.js';
import { errorSchema, eventPageSchema, spanSchema, storedEventSchema } from '../schemas/record-schemas.js';
import type { RouteDeps } from '../server-deps.js';
import { withArabicNames } from '../../app/arabic-names.js';

const fieldSchema = z.object({
  field: z.string(),
  value: z.union([z.string(), z.number()]),
  spans: z.array(spanSchema),
  quotes: z.array(z.string()).describe('the text of each span'),
});

const eventDetailSchema = z.object({
  event: storedEventSchema,
  fields: z.array(fieldSchema).describe('every field that has a value, with the text that supports it'),
  evidence: z.array(z.object({ span: spanSchema, text: z.string() })),
  articles: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable(),
      url: z.string().nullable(),
      source: z.string(),
      published: z.string().nullable(),
      language: z.string().nullable(),
      text: z.string(),
      removed: z.array(z.object({ span: spanSchema, kind: z.string() })),
    }),
  ),
});

/** GET /api/events and GET /api/events/:id. */
export const eventRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store, knowledge }) => {
  app.get(
    '/api/events',
    {
      // The hot route: the handler's return type is checked against the schema at compile time, so the
      // response skips the per-request zod pass (about 1 ms per page of 50) and goes straight to JSON.
      serializerCompiler: () => (data) => JSON.stringify(data),
      schema: {
        summary: 'Events, filtered and sorted, one page at a time',
        tags: ['events'],
        querystring: eventListQuery,
        response: { 200: eventPageSchema, 400: errorSchema },
      },
    },
    async (request) => {
      const page = await store.listEvents(filterOf(request.query));
      return { items: page.items.map((e) => withArabicNames(e, knowledge)), next_cursor: page.nextCursor };
    },
  );

  app.get(
    '/api/events/:id',
    {
      schema: {
        summary: 'One event: every field with its evidence spans, and the article it came from',
        tags: ['events'],
        params: z.object({ id: z.string().min(1).max(200) }),
        response: { 200: eventDetailSchema, 404: errorSchema },
      },
    },
    async (request) => {
      const event = await store.getEvent(request.params.id);
      if (!event) throw new MarsadError('NOT_FOUND', `no event "${request.params.id}"`);
      const article = await store.getArticle(event.article_id);
      const quote = (spans: readonly (readonly [number, number])[]) =>
        spans.map(([s, e]) => article?.text.slice(s, e) ?? '');
      return {
        event: withArabicNames(event, knowledge),
        fields: fieldsOf(event).map((f) => ({ ...f, quotes: quote(f.spans) })),
        evidence: event.evidence.map((span) => ({ span, text: quote([span])[0] })),
        articles: article ? [articleSummary(article)] : [],
      };
    },
  );
};

function fieldsOf(e: StoredEvent) {
  const fields = [
    ['event_type', e.event_type?.value, e.event_type?.spans],
    ['sub_event_type', e.sub_event_type?.value, e.sub_event_type?.spans],
    ['date', e.date?.value, e.date?.spans],
    ['timing', e.timing?.value, e.timing?.spans],
    ['location', e.location?.name, e.location?.spans],
    ['actor1', e.actor1?.name, e.actor1?.spans],
    ['actor2', e.actor2?.name, e.actor2?.spans],
    ['claimed_by', e.claimed_by?.name, e.claimed_by?.spans],
    ['fatalities', e.fatalities?.value, e.fatalities?.spans],
    ['injuries', e.injuries?.value, e.injuries?.spans],
  ] as const;
  return fields.flatMap(([field, value, spans]) =>
    value === undefined ? [] : [{ field, value, spans: [...(spans ?? [])] }],
  );
}

function articleSummary(a: ArticleOutput) {
  return {
    id: a.id,
    title: a.title?.value ?? null,
    url: a.url,
    source: a.source,
    published: a.published?.value ?? null,
    language: a.language,
    text: a.text,
    removed: a.removed.map((r) => ({ span: r.span, kind: r.kind })),
  };
}

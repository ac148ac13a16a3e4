import { z } from 'zod';

/**
 * Response schemas: the marsad/1 records (src/core/records.ts) as the API returns them. The serializer
 * keeps only the fields named here: a field added to a record must be added here to reach clients.
 */
export const spanSchema = z
  .tuple([z.number().int(), z.number().int()])
  .readonly()
  .describe('[start, end) in UTF-16 code units of the article text');

const spans = z.array(spanSchema);
const evidenced = <T extends z.ZodType>(value: T) => z.object({ value, spans });
const qualifier = z.enum(['exact', 'at_least', 'about', 'at_most']);

const nameAr = z
  .string()
  .optional()
  .describe(
    'the Arabic name from the knowledge base (by entity_id), when it has one; added at response time',
  );

const placeRef = z.object({
  name: z.string(),
  name_ar: nameAr,
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  precision: z.enum(['site', 'town', 'district', 'region', 'country']),
  entity_id: z.string().nullable(),
  spans,
  district: z
    .object({ name: z.string(), entity_id: z.string().nullable() })
    .optional()
    .describe('the neighbourhood named inside the town `name`, whose coordinates the record carries'),
});
const actorRef = z.object({
  name: z.string(),
  name_ar: nameAr,
  entity_id: z.string().nullable(),
  spans,
  basis: z
    .enum(['people harmed'])
    .optional()
    .describe('present when no words name the side: the people the act harmed (spans: the counted words)'),
});
const countRef = z.object({ value: z.number(), qualifier, spans });
const dateRef = z.object({
  value: z.string(),
  precision: z.enum(['day', 'month', 'year']),
  spans,
  basis: z
    .enum(['publication date', 'retrieval date', 'preceding incident', 'report lead', 'days before told'])
    .optional()
    .describe('where the date comes from when no words of the incident give it (docs/output-format.md)'),
});

export const eventRecordSchema = z.object({
  id: z.string(),
  event_type: evidenced(z.string()).nullable(),
  sub_event_type: evidenced(z.string()).nullable(),
  date: dateRef.nullable(),
  timing: evidenced(z.enum(['current', 'historical'])).nullable(),
  location: placeRef.nullable(),
  actor1: actorRef.nullable(),
  actor2: actorRef.nullable(),
  claimed_by: actorRef.nullable(),
  fatalities: countRef.nullable(),
  injuries: countRef.nullable(),
  evidence: spans,
  confidence: z.number(),
});

export const storedEventSchema = eventRecordSchema.extend({
  article_id: z.string(),
  source: z.string(),
  language: z.string().nullable(),
  published: z.string().nullable(),
  published_from: z
    .string()
    .nullable()
    .optional()
    .describe(
      "where the article's published date came from (its `from`); `retrieved`: the day it was fetched, not published",
    ),
  incident_id: z
    .string()
    .optional()
    .describe('id of the first stored report of the same incident (the event’s own id when it is the first)'),
  reports: z.number().int().optional().describe('how many stored events report this incident'),
  stored_at: z.string().optional().describe('when the store saved the event (ISO instant)'),
});

const mentionSchema = z.object({
  span: spanSchema,
  entity_id: z.string(),
  kind: z.string(),
  name: z.string(),
  name_ar: nameAr,
  via: z.enum(['name', 'alias', 'demonym']),
  score: z.number(),
  place: z
    .object({
      country: z.string().nullable(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      precision: placeRef.shape.precision,
      admin1: z.string().nullable().optional(),
    })
    .optional(),
  actor: z
    .object({
      country: z.string().nullable(),
      parent_id: z.string().nullable(),
      parent_name: z.string().nullable().optional(),
    })
    .optional(),
});

const sourced = z.object({ value: z.string(), spans, from: z.string() }).nullable();

export const articleSchema = z.object({
  schema: z.string(),
  id: z.string(),
  source: z.string(),
  content_hash: z.string(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  title: sourced,
  author: sourced,
  publisher: sourced,
  published: sourced,
  text: z.string(),
  body: spanSchema.nullable(),
  genre: z.object({ value: z.string(), spans, from: z.string() }).nullable(),
  removed: z.array(z.object({ span: spanSchema, kind: z.string(), reason: z.string() })),
  sentences: z.array(z.object({ span: spanSchema })),
  mentions: z.array(mentionSchema),
  times: z.array(
    z.object({
      span: spanSchema,
      value: z.string().nullable(),
      end: z.string().optional(),
      precision: z.enum(['day', 'month', 'year']),
      reason: z.string(),
    }),
  ),
  quantities: z.array(
    z.object({
      span: spanSchema,
      value: z.number().nullable(),
      vague: z.string().optional(),
      qualifier,
      role: z.string().optional(),
      noun: z.string().optional(),
      nounSpan: spanSchema.optional(),
    }),
  ),
  events: z.array(eventRecordSchema),
  diagnostics: z.array(
    z.object({
      code: z.string(),
      message: z.string(),
      severity: z.enum(['info', 'warning', 'error']),
      span: spanSchema.optional(),
    }),
  ),
});

/** What every error response looks like. */
export const errorSchema = z.object({
  error: z.object({
    code: z.string().describe('stable code from the error catalogue (docs/errors.md)'),
    message: z.string(),
    hint: z.string(),
    parameter: z.string().optional().describe('the query parameter or body field at fault'),
  }),
});

export const entitySchema = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  names: z.object({ en: z.array(z.string()), ar: z.array(z.string()) }),
  articles: z.number().int(),
  events: z.number().int(),
});

export const eventPageSchema = z.object({
  items: z.array(storedEventSchema),
  next_cursor: z.string().nullable(),
});

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MarsadError } from '../../core/errors.js';
import type { InputHints } from '../../core/records.js';
import { articleWithArabicNames, withArabicNames } from '../../app/arabic-names.js';
import { articleSchema, errorSchema, eventRecordSchema } from '../schemas/record-schemas.js';
import type { ProcessInput, RouteDeps } from '../server-deps.js';

const jsonArticle = z
  .object({
    text: z.string().min(1).optional(),
    html: z.string().min(1).optional(),
    source: z.string().min(1).max(500).optional().describe('a name for the input, shown with its events'),
    title: z.string().optional(),
    url: z.url().optional(),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date')
      .optional(),
    author: z.string().optional(),
    publisher: z.string().optional(),
    language: z.string().optional(),
  })
  .refine((b) => (b.text === undefined) !== (b.html === undefined), {
    message: 'send exactly one of "text" or "html"',
    path: ['text'],
  });

const postBody = z.union([z.string().min(1, 'the body is empty'), jsonArticle]);

const postResponse = z.object({
  article_id: z.string(),
  inserted: z.boolean().describe('false when the same content was stored before'),
  events: z.array(eventRecordSchema),
  diagnostics: articleSchema.shape.diagnostics,
});

/** GET /api/articles/:id and POST /api/articles (editor role). */
export const articleRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store, process, knowledge }) => {
  // Plain text and HTML bodies arrive as strings; JSON is parsed by Fastify itself.
  app.addContentTypeParser(
    ['text/html', 'application/xhtml+xml'],
    { parseAs: 'string' },
    (_req, body, done) => done(null, body),
  );

  app.get(
    '/api/articles/:id',
    {
      schema: {
        summary: 'One article: clean text, removed spans, mentions and events',
        tags: ['articles'],
        params: z.object({ id: z.string().min(1).max(200) }),
        response: { 200: articleSchema, 404: errorSchema },
      },
    },
    async (request) => {
      const article = await store.getArticle(request.params.id);
      if (!article) throw new MarsadError('NOT_FOUND', `no article "${request.params.id}"`);
      return articleWithArabicNames(article, knowledge);
    },
  );

  app.post(
    '/api/articles',
    {
      config: { role: 'editor' },
      schema: {
        summary: 'Run the pipeline on an article (text/plain, text/html or JSON) and store its events',
        tags: ['articles'],
        body: postBody,
        response: { 201: postResponse, 200: postResponse, 400: errorSchema, 422: errorSchema },
      },
    },
    async (request, reply) => {
      const input = inputOf(request.body, request.headers['content-type'] ?? '');
      const article = await process(input);
      const failure = article.diagnostics.find((d) => d.severity === 'error');
      if (failure) throw new MarsadError(catalogued(failure.code), `${input.source}: ${failure.message}`);
      const saved = await store.saveArticle(article);
      return reply.code(saved.inserted ? 201 : 200).send({
        article_id: saved.articleId,
        inserted: saved.inserted,
        events: article.events.map((e) => withArabicNames(e, knowledge)),
        diagnostics: article.diagnostics,
      });
    },
  );
};

function inputOf(body: z.output<typeof postBody>, contentType: string): ProcessInput {
  const encode = (s: string) => new TextEncoder().encode(s);
  if (typeof body === 'string') {
    const format = contentType.includes('html') ? 'html' : 'text';
    return { source: 'api', bytes: encode(body), format, hints: {} };
  }
  const hints: InputHints = {};
  for (const key of ['title', 'url', 'published', 'author', 'publisher', 'language'] as const) {
    if (body[key] !== undefined) hints[key] = body[key];
  }
  const html = body.html !== undefined;
  return {
    source: body.source ?? body.url ?? 'api',
    bytes: encode(body.html ?? body.text ?? ''),
    format: html ? 'html' : 'text',
    hints,
  };
}

// A stage reports failures with catalogue codes; anything else is a failed stage.
function catalogued(code: string) {
  const known = ['INPUT_EMPTY', 'INPUT_BINARY', 'INPUT_TOO_LARGE', 'NO_MAIN_TEXT'] as const;
  return (known as readonly string[]).includes(code) ? (code as (typeof known)[number]) : 'STAGE_FAILED';
}

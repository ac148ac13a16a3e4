import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { KEY_ROLES } from '../../app/keys.js';
import { MarsadError } from '../../core/errors.js';
import { errorSchema } from '../schemas/record-schemas.js';
import type { RouteDeps } from '../server-deps.js';

const role = z.enum(KEY_ROLES as ['reader', 'editor', 'admin']);
const keySchema = z.object({
  id: z.string(),
  role,
  label: z.string(),
  created_at: z.string(),
  revoked_at: z.string().nullable(),
});

/** /api/keys: admins list, issue and revoke API keys. Secrets are shown once, when issued. */
export const keyRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { keys }) => {
  const admin = { role: 'admin' as const };

  app.get(
    '/api/keys',
    {
      config: admin,
      schema: {
        summary: 'All API keys (without secrets)',
        tags: ['keys'],
        response: { 200: z.object({ items: z.array(keySchema) }) },
      },
    },
    async () => ({
      items: (await keys.list()).map(({ hash: _hash, ...key }) => key),
    }),
  );

  app.post(
    '/api/keys',
    {
      config: admin,
      schema: {
        summary: 'Issue a key; the response holds its secret, which is never shown again',
        tags: ['keys'],
        body: z.object({ role, label: z.string().max(200).default('') }),
        response: { 201: keySchema.extend({ secret: z.string() }), 400: errorSchema },
      },
    },
    async (request, reply) => {
      const issued = await keys.issue(request.body.role, request.body.label);
      return reply.code(201).send({ ...issued, revoked_at: null });
    },
  );

  app.delete(
    '/api/keys/:id',
    {
      config: admin,
      schema: {
        summary: 'Revoke a key',
        tags: ['keys'],
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 204: z.null(), 404: errorSchema },
      },
    },
    async (request, reply) => {
      if (!(await keys.revoke(request.params.id))) {
        throw new MarsadError('NOT_FOUND', `no active key "${request.params.id}"`);
      }
      return reply.code(204).send(null);
    },
  );
};

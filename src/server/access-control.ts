import type { FastifyInstance, FastifyRequest } from 'fastify';
import { roleAllows, type Keyring } from '../app/keys.js';
import { MarsadError } from '../core/errors.js';
import type { ApiKeyRecord, KeyRole } from '../core/ports.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The key the request came with; null when the server has no keys (open, loopback only). */
    apiKey: ApiKeyRecord | null;
  }
  interface FastifyContextConfig {
    /** The least role a route needs; reader when unset. */
    role?: KeyRole;
  }
}

/**
 * Checks the API key of every /api request against the route's role. While no key exists the API is
 * open, unless `requireKeys` (set when listening beyond loopback): `startServer` refuses such an address
 * until a key exists.
 *
 * @example registerAccessControl(app, createKeyring(store));
 */
export function registerAccessControl(app: FastifyInstance, keyring: Keyring, requireKeys = false): void {
  app.decorateRequest('apiKey', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    // Counting keys per request (an indexed count) lets `marsad keys create` take effect without a restart.
    // Beyond loopback the API never opens, even if every key has been revoked since start-up.
    if (!requireKeys && (await keyring.activeCount()) === 0) return;
    const secret = secretOf(request);
    if (!secret) {
      throw new MarsadError('UNAUTHORIZED', 'no API key: send the header "Authorization: Bearer <key>"');
    }
    const key = await keyring.verify(secret);
    if (!key) throw new MarsadError('UNAUTHORIZED', 'the API key is not known or was revoked');
    request.apiKey = key;
    const needs = request.routeOptions.config?.role ?? 'reader';
    if (!roleAllows(key.role, needs)) {
      throw new MarsadError(
        'FORBIDDEN',
        `${request.method} ${request.routeOptions.url} needs the ${needs} role; this key has the ${key.role} role`,
      );
    }
  });
}

function secretOf(request: FastifyRequest): string | null {
  const auth = request.headers.authorization;
  if (auth?.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim();
  const header = request.headers['x-api-key'];
  return typeof header === 'string' ? header.trim() : null;
}

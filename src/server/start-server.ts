import type { FastifyInstance } from 'fastify';
import { MarsadError } from '../core/errors.js';
import type { ServingStore } from '../core/ports.js';
import { buildServer, type ServerOptions } from './build-server.js';

export interface StartOptions extends ServerOptions {
  host: string;
  port: number;
  /** Runs when the server has closed, e.g. to close the store the caller opened. */
  onClose?: () => Promise<void>;
}

/** True for addresses only this machine can reach. @example isLoopback('127.0.0.1') === true */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Throws CONFIG_INVALID when `host` is reachable from other machines and the store holds no active key:
 * an open API may only listen on loopback.
 *
 * @example await assertListenAllowed(store, '0.0.0.0') // throws until `marsad keys create` has run
 */
export async function assertListenAllowed(
  store: Pick<ServingStore, 'activeKeyCount'>,
  host: string,
): Promise<void> {
  if (isLoopback(host) || (await store.activeKeyCount()) > 0) return;
  throw new MarsadError(
    'CONFIG_INVALID',
    `refusing to listen on ${host} with no API key: anyone who can reach it could read and post. ` +
      'Create a key first (marsad keys create --role admin), or listen on 127.0.0.1',
  );
}

/**
 * Builds the server, refuses a non-loopback address while the API has no keys, listens, and closes
 * cleanly on SIGINT/SIGTERM (in-flight requests finish, then `onClose` hooks run).
 *
 * @example const { url } = await startServer({ store, process, host: '127.0.0.1', port: 8080 });
 */
export async function startServer(options: StartOptions): Promise<{ app: FastifyInstance; url: string }> {
  await assertListenAllowed(options.store, options.host);
  const app = await buildServer({ ...options, requireKeys: !isLoopback(options.host) });
  const { onClose } = options;
  if (onClose) app.addHook('onClose', onClose);
  const url = await app.listen({ host: options.host, port: options.port });
  const shutdown = (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return { app, url };
}

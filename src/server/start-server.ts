import type { FastifyInstance } from 'fastify';
import { MarsadError } from '../core/errors.js';
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
 * Builds the server, refuses a non-loopback address while the API has no keys, listens, and closes
 * cleanly on SIGINT/SIGTERM (in-flight requests finish, then `onClose` hooks run).
 *
 * @example const { url } = await startServer({ store, process, host: '127.0.0.1', port: 8080 });
 */
export async function startServer(options: StartOptions): Promise<{ app: FastifyInstance; url: string }> {
  const keys = await options.store.activeKeyCount();
  if (keys === 0 && !isLoopback(options.host)) {
    throw new MarsadError(
      'CONFIG_INVALID',
      `refusing to listen on ${options.host} with no API key: anyone who can reach it could read and post. ` +
        'Create a key first (marsad keys create --role admin), or listen on 127.0.0.1',
    );
  }
  const app = await buildServer(options);
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

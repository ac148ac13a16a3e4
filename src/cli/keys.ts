import type { Command } from 'commander';
import { createKeyring, KEY_ROLES } from '../app/keys.js';
import { loadConfig } from '../core/config.js';
import { MarsadError } from '../core/errors.js';
import type { KeyRole } from '../core/ports.js';
import { action } from './cli-errors.js';
import { openCommandStore } from './open-store.js';

interface KeyOptions {
  db?: string;
  role?: string;
  label?: string;
}

/** `marsad keys create|list|revoke`: API keys, kept hashed in the event database. */
export function registerKeysCommand(program: Command): void {
  const keys = program
    .command('keys')
    .description('Manage API keys for `marsad serve` (stored hashed in the database)');
  keys
    .command('create')
    .description('Issue a key and print its secret (shown this once)')
    .requiredOption(
      '--role <reader|editor|admin>',
      'readers read; editors also post articles; admins also manage keys',
    )
    .option('--label <text>', 'who or what the key is for', '')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (default ./marsad.db or $MARSAD_DB)')
    .addHelpText('after', '\nExample:\n  marsad keys create --role reader --label dashboard --db events.db')
    .action(
      action(async (options: KeyOptions) => {
        if (!KEY_ROLES.includes(options.role as KeyRole)) {
          throw new MarsadError(
            'BAD_REQUEST',
            `--role must be one of ${KEY_ROLES.join(', ')}, got "${options.role}"`,
          );
        }
        await withKeyring(options, async (ring) => {
          const key = await ring.issue(options.role as KeyRole, options.label);
          process.stderr.write(
            `marsad: ${key.role} key ${key.id} created; keep the secret, it is not shown again\n`,
          );
          process.stdout.write(`${key.secret}\n`);
        });
      }),
    );
  keys
    .command('list')
    .description('List keys (ids, roles, labels; never secrets)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL')
    .action(
      action(async (options: KeyOptions) => {
        await withKeyring(options, async (ring) => {
          for (const k of await ring.list()) {
            const state = k.revoked_at ? `revoked ${k.revoked_at}` : 'active';
            process.stdout.write(`${k.id}\t${k.role}\t${state}\t${k.created_at}\t${k.label}\n`);
          }
        });
      }),
    );
  keys
    .command('revoke')
    .description('Revoke a key by id')
    .argument('<id>', 'the key id `marsad keys list` shows')
    .option('--db <path|url>', 'SQLite file or postgres:// URL')
    .action(
      action(async (id: string, options: KeyOptions) => {
        await withKeyring(options, async (ring) => {
          if (!(await ring.revoke(id))) throw new MarsadError('NOT_FOUND', `no active key "${id}"`);
          process.stderr.write(`marsad: key ${id} revoked\n`);
        });
      }),
    );
}

async function withKeyring(
  options: KeyOptions,
  run: (ring: ReturnType<typeof createKeyring>) => Promise<void>,
) {
  const store = await openCommandStore(loadConfig({ db: options.db }), { existing: true });
  try {
    await run(createKeyring(store));
  } finally {
    await store.close();
  }
}

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { MarsadError } from '../core/errors.js';
import type { ApiKeyRecord, KeyRole, ServingStore } from '../core/ports.js';

export const KEY_ROLES: readonly KeyRole[] = ['reader', 'editor', 'admin'];

type KeyStore = Pick<ServingStore, 'saveKey' | 'findKeyByHash' | 'listKeys' | 'revokeKey' | 'activeKeyCount'>;

/** A key as issued: the only moment the secret exists outside the client. */
export interface IssuedKey {
  id: string;
  role: KeyRole;
  label: string;
  created_at: string;
  secret: string;
}

/** API keys: issued once, stored as sha256 hashes, checked by hash. */
export interface Keyring {
  issue(role: KeyRole, label?: string): Promise<IssuedKey>;
  /** The active key the secret belongs to, or null (unknown, malformed or revoked). */
  verify(secret: string): Promise<ApiKeyRecord | null>;
  list(): Promise<ApiKeyRecord[]>;
  revoke(id: string): Promise<boolean>;
  /** With no active key the API is open, and the server listens on loopback only. */
  activeCount(): Promise<number>;
}

// The secret is 32 random bytes: a plain sha256 is enough, no slow hash is needed against guessing.
const SECRET = /^marsad_([0-9a-f]{12})_[A-Za-z0-9_-]{43}$/;

/** sha256 of a secret, hex. */
export function hashKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** True when role `has` may do what role `needs` may do: admin ⊃ editor ⊃ reader. */
export function roleAllows(has: KeyRole, needs: KeyRole): boolean {
  return KEY_ROLES.indexOf(has) >= KEY_ROLES.indexOf(needs);
}

/**
 * @example
 * const keys = createKeyring(store);
 * const { secret } = await keys.issue('reader', 'dashboard');
 * (await keys.verify(secret))?.role === 'reader'
 */
export function createKeyring(store: KeyStore, now: () => Date = () => new Date()): Keyring {
  return {
    async issue(role, label = '') {
      if (!KEY_ROLES.includes(role)) {
        throw new MarsadError('BAD_REQUEST', `role must be one of ${KEY_ROLES.join(', ')}, got "${role}"`);
      }
      const id = randomBytes(6).toString('hex');
      const secret = `marsad_${id}_${randomBytes(32).toString('base64url')}`;
      const created_at = now().toISOString();
      await store.saveKey({ id, role, label, hash: hashKey(secret), created_at, revoked_at: null });
      return { id, role, label, created_at, secret };
    },
    async verify(secret) {
      if (!SECRET.test(secret)) return null;
      const hash = hashKey(secret);
      const key = await store.findKeyByHash(hash);
      if (!key || key.revoked_at !== null) return null;
      // The lookup was by hash already; comparing again in constant time costs nothing and removes any doubt.
      return timingSafeEqual(Buffer.from(key.hash, 'hex'), Buffer.from(hash, 'hex')) ? key : null;
    },
    list: () => store.listKeys(),
    revoke: (id) => store.revokeKey(id, now().toISOString()),
    activeCount: () => store.activeKeyCount(),
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../adapters/store/index.js';
import type { KeyRole, ServingStore } from '../core/ports.js';
import { createKeyring, hashKey, roleAllows, type Keyring } from './keys.js';

let dir: string;
let store: ServingStore;
let keys: Keyring;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-keys-'));
  store = await openStore(join(dir, 'keys.db'));
  keys = createKeyring(store, () => new Date('2024-05-01T10:00:00.000Z'));
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('API keys', () => {
  it('stores only the hash of an issued secret and verifies the secret against it', async () => {
    const issued = await keys.issue('editor', 'newsroom');
    expect(issued).toMatchObject({
      role: 'editor',
      label: 'newsroom',
      created_at: '2024-05-01T10:00:00.000Z',
    });
    const [stored] = (await keys.list()).filter((k) => k.id === issued.id);
    expect(stored.hash).toBe(hashKey(issued.secret));
    expect(JSON.stringify(await keys.list())).not.toContain(issued.secret);
    expect((await keys.verify(issued.secret))?.id).toBe(issued.id);
  });

  it.each([
    ['an empty string', ''],
    ['a secret of another shape', 'Bearer abc'],
    ['a well-formed secret that was never issued', `marsad_0123456789ab_${'A'.repeat(43)}`],
  ])('refuses %s', async (_name, secret) => {
    expect(await keys.verify(secret)).toBeNull();
  });

  it('refuses a revoked key and counts only active ones', async () => {
    const before = await keys.activeCount();
    const issued = await keys.issue('reader');
    expect(await keys.activeCount()).toBe(before + 1);
    expect(await keys.revoke(issued.id)).toBe(true);
    expect(await keys.verify(issued.secret)).toBeNull();
    expect(await keys.activeCount()).toBe(before);
  });

  it('refuses to issue a key with an unknown role', async () => {
    await expect(keys.issue('owner' as KeyRole)).rejects.toThrow(/role must be one of reader, editor, admin/);
  });

  it.each<[KeyRole, KeyRole, boolean]>([
    ['reader', 'reader', true],
    ['reader', 'editor', false],
    ['editor', 'reader', true],
    ['editor', 'admin', false],
    ['admin', 'editor', true],
  ])('lets a %s key do what needs %s: %s', (has, needs, allowed) => {
    expect(roleAllows(has, needs)).toBe(allowed);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyring, type IssuedKey } from '../app/keys.js';
import { openApi, type ApiHarness } from './api-test-setup.js';
import { isLoopback, startServer } from './start-server.js';

const LIMIT = 6;
let api: ApiHarness;
let keys: Record<'reader' | 'editor' | 'admin', IssuedKey>;
const as = (key: IssuedKey | null, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
  api.app.inject({ method, url, payload, headers: key ? { authorization: `Bearer ${key.secret}` } : {} });

beforeAll(async () => {
  api = await openApi({
    // The pipeline is not under test here: an editor's post reaches it, and it fails the article.
    process: async (input) => ({
      ...api.articles[0],
      source: input.source,
      diagnostics: [{ code: 'NO_MAIN_TEXT', message: 'nothing to read', severity: 'error' }],
    }),
    rateLimit: { max: LIMIT, timeWindow: '1 minute' },
  });
  const ring = createKeyring(api.store);
  keys = {
    reader: await ring.issue('reader', 'desk'),
    editor: await ring.issue('editor'),
    admin: await ring.issue('admin'),
  };
});
afterAll(() => api.close());

describe('API keys', () => {
  it('answers 401 with a clear body when a key is missing or unknown', async () => {
    const missing = await as(null, 'GET', '/api/stats');
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expect(missing.json().error).toMatchObject({
      code: 'UNAUTHORIZED',
      message: expect.stringContaining('Authorization'),
    });
    const forged = await as(
      { ...keys.reader, secret: `${keys.reader.secret.slice(0, -4)}AAAA` },
      'GET',
      '/api/stats',
    );
    expect(forged.statusCode).toBe(401);
  });

  it('lets readers read but not post, and says which role is needed', async () => {
    expect((await as(keys.reader, 'GET', '/api/entities?q=mosul')).statusCode).toBe(200);
    const post = await as(keys.reader, 'POST', '/api/articles', { text: 'x' });
    expect(post.statusCode).toBe(403);
    expect(post.json().error).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('editor'),
    });
  });

  it('lets editors post articles (the pipeline’s failure comes back as its catalogue status)', async () => {
    const post = await as(keys.editor, 'POST', '/api/articles', { text: 'x' });
    expect(post.statusCode).toBe(422);
    expect(post.json().error.code).toBe('NO_MAIN_TEXT');
    expect((await as(keys.editor, 'GET', '/api/keys')).statusCode).toBe(403);
  });

  it('lets admins issue, list and revoke keys; a revoked key is refused', async () => {
    const issued = await as(keys.admin, 'POST', '/api/keys', { role: 'reader', label: 'temp' });
    expect(issued.statusCode).toBe(201);
    const { id, secret } = issued.json();
    const list = (await as(keys.admin, 'GET', '/api/keys')).json().items;
    expect(list.find((k: { id: string }) => k.id === id)).toMatchObject({ role: 'reader', label: 'temp' });
    expect(JSON.stringify(list)).not.toContain('hash');
    expect((await as(keys.admin, 'DELETE', `/api/keys/${id}`)).statusCode).toBe(204);
    expect((await as({ ...keys.reader, secret }, 'GET', '/api/stats')).statusCode).toBe(401);
    expect((await as(keys.admin, 'DELETE', `/api/keys/${id}`)).statusCode).toBe(404);
  });

  it('counts the rate limit per key', async () => {
    const fresh = await createKeyring(api.store).issue('reader');
    const other = await createKeyring(api.store).issue('reader');
    for (let i = 0; i < LIMIT; i++) expect((await as(fresh, 'GET', '/api/stats')).statusCode).toBe(200);
    const limited = await as(fresh, 'GET', '/api/stats');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect((await as(other, 'GET', '/api/stats')).statusCode).toBe(200);
  });

  it('keeps /healthz and the API docs open without a key', async () => {
    expect((await as(null, 'GET', '/healthz')).json()).toEqual({ status: 'ok', articles: 3, events: 4 });
    expect((await as(null, 'GET', '/docs/json')).json().paths).toHaveProperty('/api/events');
  });
});

describe('listening', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.4.5.6', true],
    ['localhost', true],
    ['::1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.20', false],
  ])('treats %s as loopback: %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });

  it('keeps refusing requests without a key beyond loopback, even once every key is revoked', async () => {
    const open = await openApi({ process: async () => api.articles[0], requireKeys: true });
    const res = await open.app.inject('/api/events');
    expect(res.statusCode).toBe(401);
    await open.close();
  });

  it('refuses a non-loopback address while no key exists', async () => {
    const open = await openApi({ process: async () => api.articles[0] });
    await expect(
      startServer({ store: open.store, process: async () => api.articles[0], host: '0.0.0.0', port: 0 }),
    ).rejects.toThrow(/refusing to listen on 0\.0\.0\.0 with no API key/);
    await open.close();
  });
});

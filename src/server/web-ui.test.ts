import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApi, type ApiHarness } from './api-test-setup.js';

let api: ApiHarness;
const root = mkdtempSync(join(tmpdir(), 'marsad-web-'));

beforeAll(async () => {
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>marsad</title><div id="app"></div>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("ui")');
  api = await openApi({
    webRoot: root,
    bodyLimit: 256,
  });
});
afterAll(async () => {
  await api.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the browser UI and the edges of the API', () => {
  it.each([
    ['/', 'text/html', '<title>marsad</title>'],
    ['/assets/app.js', 'javascript', 'console.log'],
    ['/events/e-1', 'text/html', '<div id="app">'],
  ])('serves %s from the UI build', async (url, type, content) => {
    const res = await api.app.inject(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(type);
    expect(res.body).toContain(content);
  });

  it('keeps unknown API paths as JSON 404s, not the UI page', async () => {
    const res = await api.app.inject('/api/unknown');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });

  it('answers 413 in the catalogue shape for a body over the limit', async () => {
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { 'content-type': 'text/plain' },
      payload: 'x'.repeat(1000),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('INPUT_TOO_LARGE');
    expect(res.json().error.message).toMatch(/^POST \/api\/articles: the body is over the 0\.3 KB limit/);
  });
});

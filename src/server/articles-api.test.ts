import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMarsad } from '../app/index.js';
import { loadConfig } from '../core/config.js';
import { openApi, type ApiHarness } from './api-test-setup.js';

let api: ApiHarness;

// POST runs the real pipeline, as `marsad serve` wires it.
beforeAll(async () => {
  const marsad = await createMarsad(loadConfig({ kbDirs: [], referenceDate: null }));
  api = await openApi({ process: (input) => marsad.analyse(input.source, input) });
});
afterAll(() => api.close());

const ARTICLE =
  'Gunmen attacked a police checkpoint in Mosul on 3 March 2024, killing four officers, police said.';

describe('GET /api/articles/:id', () => {
  it('returns the clean text, the removed spans, the mentions and the events', async () => {
    const [mosul] = api.articles;
    const res = await api.app.inject(`/api/articles/${mosul.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.text).toBe(mosul.text);
    expect(body.removed).toEqual(mosul.removed.map((r) => ({ ...r, span: [...r.span] })));
    expect(body.mentions).toHaveLength(mosul.mentions.length);
    expect(body.events[0].id).toBe(mosul.events[0].id);
  });

  it('answers 404 for an unknown article', async () => {
    const res = await api.app.inject('/api/articles/a-000000000000');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });
});

describe('POST /api/articles', () => {
  it('runs the pipeline on plain text, stores it and returns its events', async () => {
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      payload: ARTICLE,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.inserted).toBe(true);
    expect(body.events.length).toBeGreaterThan(0);
    expect(body.events[0].location?.name).toBe('Mosul');
    expect((await api.app.inject(`/api/articles/${body.article_id}`)).json().text).toContain('checkpoint');
  });

  it('stores the same content once: posting it again answers 200 with inserted false', async () => {
    const res = await api.app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { 'content-type': 'text/plain' },
      payload: ARTICLE,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().inserted).toBe(false);
  });

  it('takes HTML and a JSON body with hints', async () => {
    const html = await api.app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { 'content-type': 'text/html' },
      payload: `<html><body><article><h1>Clash in Aden</h1><p>${ARTICLE.replace('Mosul', 'Aden')}</p></article></body></html>`,
    });
    expect([200, 201]).toContain(html.statusCode);
    const json = await api.app.inject({
      method: 'POST',
      url: '/api/articles',
      payload: {
        text: ARTICLE.replace('Mosul', 'Basra'),
        title: 'Checkpoint attack',
        published: '2024-03-04',
      },
    });
    expect(json.statusCode).toBe(201);
    const stored = (await api.app.inject(`/api/articles/${json.json().article_id}`)).json();
    expect(stored.published?.value).toBe('2024-03-04');
  });

  it.each([
    ['text', { title: 'no text' }],
    ['text', { text: 'a', html: '<p>a</p>' }],
    ['url', { text: ARTICLE, url: 'not a url' }],
  ])('answers 400 naming %s for a JSON body it cannot use', async (parameter, payload) => {
    const res = await api.app.inject({ method: 'POST', url: '/api/articles', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'BAD_REQUEST', parameter });
  });

  it('answers 400 for malformed JSON and 415 for a media type it does not read', async () => {
    const bad = await api.app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { 'content-type': 'application/json' },
      payload: '{"text": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INPUT_BAD_JSON');
    const pdf = await api.app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { 'content-type': 'application/pdf' },
      payload: '%PDF-1.4',
    });
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().error.code).toBe('INPUT_UNSUPPORTED');
    expect(pdf.json().error.message).toBe(
      'POST /api/articles: a body of type "application/pdf" is not read; send application/json, text/plain or text/html',
    );
  });
});

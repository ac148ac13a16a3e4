import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../app/exports/index.js';
import { openApi, type ApiHarness } from './api-test-setup.js';
import type { KnowledgeEntry } from './server-deps.js';

let api: ApiHarness;
// Two rows as a knowledge base would hold them: one entity the articles mention, one they do not.
const KNOWLEDGE = new Map<string, KnowledgeEntry>([
  [
    'place:iq:mosul',
    {
      kind: 'city',
      name_en: 'Mosul',
      name_ar: 'الموصل',
      aliases_en: ['Al-Mawsil'],
      aliases_ar: [],
      parent: 'region:iq:nineveh',
      country: 'IQ',
      lat: 36.34,
      lon: 43.13,
    },
  ],
  [
    'place:iq:kirkuk',
    {
      kind: 'city',
      name_en: 'Kirkuk',
      name_ar: 'كركوك',
      aliases_en: [],
      aliases_ar: [],
      parent: null,
      country: 'IQ',
      lat: 35.47,
      lon: 44.39,
    },
  ],
]);
const get = (url: string) => api.app.inject({ method: 'GET', url });

beforeAll(async () => {
  api = await openApi({
    knowledge: (id) => KNOWLEDGE.get(id),
  });
});
afterAll(() => api.close());

describe('GET /api/entities', () => {
  it.each([
    ['an English name', 'Islamic', 'actor:islamic-state'],
    ['an Arabic name as the text wrote it', 'تنظيم الدولة', 'actor:islamic-state'],
    ['an Arabic name spelled without hamza', 'ادلب', 'place:sy:idlib'],
    ['an entity id', 'place:ly:tripoli', 'place:ly:tripoli'],
  ])('finds an entity by %s', async (_name, q, id) => {
    const res = await get(`/api/entities?q=${encodeURIComponent(q)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((e: { id: string }) => e.id)).toContain(id);
  });

  it('answers 400 naming q when it is missing', async () => {
    const res = await get('/api/entities');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.parameter).toBe('q');
  });
});

describe('GET /api/entities/:id', () => {
  it('gives the names in both languages and the events the entity takes part in', async () => {
    const res = await get('/api/entities/actor:islamic-state');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.entity).toMatchObject({
      name: 'Islamic State',
      names: { en: ['Islamic State'], ar: ['تنظيم الدولة'] },
    });
    expect(body.events.items).toHaveLength(2);
    expect(body.events.next_cursor).toBeNull();
  });

  it('lists the events at a place, with the knowledge base’s names and coordinates', async () => {
    const body = (await get('/api/entities/place:iq:mosul')).json();
    expect(body.events.items.map((e: { location: { name: string } }) => e.location.name)).toEqual(['Mosul']);
    expect(body.entity.names).toEqual({ en: ['Mosul', 'Al-Mawsil'], ar: ['الموصل'] });
    expect(body.knowledge).toEqual({ parent: 'region:iq:nineveh', country: 'IQ', lat: 36.34, lon: 43.13 });
  });

  it('knows an entity of the knowledge base that no stored article mentions', async () => {
    const body = (await get('/api/entities/place:iq:kirkuk')).json();
    expect(body.entity).toMatchObject({ name: 'Kirkuk', names: { ar: ['كركوك'] }, articles: 0, events: 0 });
    expect(body.events.items).toEqual([]);
  });

  it('answers 404 for an unknown entity', async () => {
    expect((await get('/api/entities/actor:nobody')).statusCode).toBe(404);
  });
});

describe('GET /api/stats', () => {
  it('counts the filtered events by day, type and country', async () => {
    const res = await get('/api/stats?timing=current');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      total: 3,
      by_day: [
        { key: '2024-02-20', count: 1 },
        { key: '2024-03-10', count: 1 },
        { key: '2024-03-12', count: 1 },
      ],
      by_type: [
        { key: 'Battles', count: 1 },
        { key: 'Explosions/Remote violence', count: 1 },
        { key: 'Protests', count: 1 },
      ],
      by_country: [
        { key: 'IQ', count: 1 },
        { key: 'LY', count: 1 },
        { key: 'SY', count: 1 },
      ],
      last_stored: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/),
    });
  });

  it('counts only what was stored after an instant, the last_stored of a visit', async () => {
    const { last_stored } = (await get('/api/stats')).json();
    expect((await get(`/api/stats?stored_after=${last_stored}`)).json().total).toBe(0);
    expect((await get('/api/stats?stored_after=2000-01-01T00:00:00Z')).json().total).toBeGreaterThan(0);
  });

  it('answers 400 naming the malformed filter', async () => {
    expect((await get('/api/stats?stored_after=yesterday')).json().error.parameter).toBe('stored_after');
    expect((await get('/api/stats?min_fatalities=many')).json().error.parameter).toBe('min_fatalities');
  });
});

describe('GET /api/export', () => {
  it('streams CSV with ACLED columns, as a download, under the same filters', async () => {
    const res = await get('/api/export?format=csv&country=SY');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename="marsad-events.csv"');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
  });

  it.each([
    ['geojson', 'application/geo+json', (body: string) => JSON.parse(body).features.length],
    [
      'stix',
      'application/stix+json',
      (body: string) =>
        JSON.parse(body).objects.filter((o: { type: string }) => o.type === 'incident').length,
    ],
    ['jsonl', 'application/x-ndjson', (body: string) => body.trimEnd().split('\n').length],
  ])('streams %s', async (format, type, count) => {
    const res = await get(`/api/export?format=${format}&since=2024-03-01`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(type);
    expect(count(res.body)).toBe(2);
  });

  it('answers 400 naming format when it is missing or unknown', async () => {
    for (const url of ['/api/export', '/api/export?format=xml']) {
      const res = await get(url);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.parameter).toBe('format');
    }
  });
});

describe('the rest of the surface', () => {
  it('answers an unknown API route with 404 in the catalogue shape', async () => {
    const res = await get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'NOT_FOUND', message: 'no route GET /api/nothing-here' });
  });

  it('publishes an OpenAPI 3 document with every route and its parameters', async () => {
    const doc = (await get('/docs/json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/events',
      '/api/events/{id}',
      '/api/articles',
      '/api/articles/{id}',
      '/api/entities',
      '/api/entities/{id}',
      '/api/stats',
      '/api/export',
      '/healthz',
    ]) {
      expect(doc.paths).toHaveProperty([path]);
    }
    const params = doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining([
        'country',
        'bbox',
        'type',
        'sub_type',
        'actor',
        'timing',
        'since',
        'until',
        'min_fatalities',
        'q',
        'sort',
        'cursor',
      ]),
    );
  });

  it('serves the API docs page and its scripts from the package, without a network', async () => {
    const page = await get('/docs');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger-ui');
    const script = await get('/docs/static/swagger-ui-bundle.js');
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('javascript');
  });
});

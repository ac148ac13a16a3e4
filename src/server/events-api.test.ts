import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApi, type ApiHarness } from './api-test-setup.js';

let api: ApiHarness;
const get = (url: string) => api.app.inject({ method: 'GET', url });

beforeAll(async () => {
  api = await openApi();
});
afterAll(() => api.close());

const ids = () => {
  const [mosul, idlib, tripoli] = api.articles;
  return {
    mosul: mosul.events[0].id,
    idlib: idlib.events[0].id,
    aleppo: idlib.events[1].id,
    tripoli: tripoli.events[0].id,
  };
};

describe('GET /api/events', () => {
  it.each<[string, string, (keyof ReturnType<typeof ids>)[]]>([
    ['no filter', '', ['mosul', 'idlib', 'aleppo', 'tripoli']],
    ['country', 'country=sy', ['idlib', 'aleppo']],
    ['countries', 'country=IQ,LY', ['mosul', 'tripoli']],
    ['admin1', 'admin1=Nineveh', ['mosul']],
    ['bbox', 'bbox=35,34,38,37', ['idlib', 'aleppo']],
    ['type', `type=${encodeURIComponent('Explosions/Remote violence')}`, ['idlib']],
    ['sub_type', `sub_type=${encodeURIComponent('Armed clash')}`, ['mosul']],
    ['actor by id', 'actor=actor:islamic-state', ['mosul', 'aleppo']],
    ['actor by Arabic name', `actor=${encodeURIComponent('تنظيم الدولة')}`, ['mosul', 'aleppo']],
    ['entity', 'entity=place:ly:tripoli', ['tripoli']],
    ['timing', 'timing=historical', ['aleppo']],
    ['since', 'since=2024-03-01', ['mosul', 'idlib']],
    ['until', 'until=2024-02-20', ['tripoli', 'aleppo']],
    ['min_fatalities', 'min_fatalities=10', ['mosul']],
    ['q in English', 'q=checkpoint', ['mosul']],
    ['q in Arabic with clitics', `q=${encodeURIComponent('بغارة')}`, ['idlib', 'aleppo']],
    ['q by another form of the words', 'q=killing+attacks', ['mosul']],
    ['q quoted, as written only', `q=${encodeURIComponent('"kill"')}`, []],
    ['q by prefix', `q=${encodeURIComponent('checkp*')}`, ['mosul']],
  ])('filters by %s', async (_name, query, expected) => {
    const res = await get(`/api/events?${query}`);
    expect(res.statusCode).toBe(200);
    const all = ids();
    expect(
      res
        .json()
        .items.map((e: { id: string }) => e.id)
        .sort(),
    ).toEqual(expected.map((k) => all[k]).sort());
  });

  it('pages with a cursor until next_cursor is null, in the asked order', async () => {
    const seen: string[] = [];
    let url = '/api/events?sort=-fatalities&limit=3';
    for (;;) {
      const body = (await get(url)).json();
      seen.push(...body.items.map((e: { id: string }) => e.id));
      if (!body.next_cursor) break;
      url = `/api/events?sort=-fatalities&limit=3&cursor=${body.next_cursor}`;
    }
    expect(seen).toHaveLength(4);
    expect(seen.slice(0, 2)).toEqual([ids().mosul, ids().idlib]);
  });

  it.each([
    ['country', 'country=Syria'],
    ['bbox', 'bbox=1,2,3'],
    ['bbox', 'bbox=0,50,10,40'],
    ['type', 'type=War'],
    ['sub_type', 'sub_type=Skirmish'],
    ['timing', 'timing=future'],
    ['since', 'since=2024-13-01'],
    ['until', 'until=yesterday'],
    ['min_fatalities', 'min_fatalities=-1'],
    ['limit', 'limit=0'],
    ['limit', 'limit=5000'],
    ['sort', 'sort=newest'],
    ['cursor', 'cursor=not-a-cursor'],
    ['q', `q=${encodeURIComponent('ch*')}`],
  ])('answers 400 naming %s when it is malformed (%s)', async (parameter, query) => {
    const res = await get(`/api/events?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'BAD_REQUEST', parameter });
    expect(res.json().error.message).toContain(parameter);
  });
});

it.each(['/api/events?', '/api/stats?', '/api/export?format=csv&'])(
  '%s answers 400 naming a misspelt filter instead of ignoring it',
  async (route) => {
    const res = await get(`${route}countyr=SY`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'BAD_REQUEST',
      parameter: 'countyr',
      message: expect.stringContaining('countyr: not a parameter of /api/'),
    });
    expect((await get(`${route}country=SY`)).statusCode).toBe(200);
  },
);

it.each(['/api/events?', '/api/stats?', '/api/export?format=csv&'])(
  '%s answers 400 naming since and until when the range is backwards',
  async (route) => {
    const res = await get(`${route}since=2024-03&until=2024-02-10`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'BAD_REQUEST',
      parameter: 'since',
      message: expect.stringContaining('since: 2024-03-01 is after until 2024-02-10'),
    });
  },
);

describe('GET /api/events/:id', () => {
  it('returns every field with the text of its evidence spans, and the article', async () => {
    const res = await get(`/api/events/${ids().idlib}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const field = (name: string) => body.fields.find((f: { field: string }) => f.field === name);
    expect(field('fatalities')).toMatchObject({ value: 7, quotes: ['قُتل سبعة مدنيين'] });
    expect(field('location')).toMatchObject({ value: 'Idlib', quotes: ['إدلب'] });
    expect(field('date').quotes).toEqual(['يوم الأحد']);
    expect(body.evidence[0].text).toMatch(/^قُتل سبعة مدنيين/);
    expect(body.articles[0]).toMatchObject({
      id: api.articles[1].id,
      language: 'ar',
      title: api.articles[1].title?.value,
    });
    expect(body.articles[0].text).toBe(api.articles[1].text);
  });

  it('answers 404 with a clear body for an unknown id', async () => {
    const res = await get('/api/events/e-nothing');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'NOT_FOUND', message: 'no event "e-nothing"' });
  });
});

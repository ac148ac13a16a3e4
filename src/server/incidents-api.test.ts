import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentReport, PLACES } from '../adapters/store/fixtures/incident-reports.js';
import { openApi, type ApiHarness } from './api-test-setup.js';

let api: ApiHarness;
const get = (url: string) => api.app.inject({ method: 'GET', url });
// Two outlets' reports of one bombing, a day apart, besides the harness's four unrelated events.
const bombing = {
  place: PLACES.baghdad,
  type: 'Explosions/Remote violence' as const,
  published: '2024-06-03',
};
const first = incidentReport({ ...bombing, outlet: 'Desk A', date: '2024-06-01' });
const second = incidentReport({ ...bombing, outlet: 'Desk B', date: '2024-06-02' });

beforeAll(async () => {
  api = await openApi();
  for (const article of [first, second]) await api.store.saveArticle(article);
});
afterAll(() => api.close());

describe('incidents over the API', () => {
  it('lists every report by default and one event per incident with distinct=true', async () => {
    const all = (await get('/api/events')).json();
    const distinct = (await get('/api/events?distinct=true')).json();
    expect(all.items).toHaveLength(6);
    expect(distinct.items).toHaveLength(5);
    expect(distinct.items.find((e: { id: string }) => e.id === first.events[0].id)).toMatchObject({
      incident_id: first.events[0].id,
      reports: 2,
    });
    expect((await get('/api/events?distinct=false')).json().items).toHaveLength(6);
  });

  it('tells on one event which incident it reports and how many reports it has', async () => {
    const body = (await get(`/api/events/${second.events[0].id}`)).json();
    expect(body.event).toMatchObject({ incident_id: first.events[0].id, reports: 2 });
  });

  it('rejects a distinct value that is not true or false, naming the parameter', async () => {
    const res = await get('/api/events?distinct=yes');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('distinct');
  });
});

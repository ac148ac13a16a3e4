import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApi, type ApiHarness } from './api-test-setup.js';
import type { KnowledgeEntry } from './server-deps.js';

// Two entities the fixture articles name; Tripoli, Idlib and the Iraqi army are left out on purpose.
const entry = (name_en: string, name_ar: string, kind: string): KnowledgeEntry => ({
  kind,
  name_en,
  name_ar,
  aliases_en: [],
  aliases_ar: [],
  parent: null,
  country: null,
  lat: null,
  lon: null,
});
const KNOWLEDGE = new Map([
  ['place:iq:mosul', entry('Mosul', 'الموصل', 'city')],
  ['actor:islamic-state', entry('Islamic State', 'تنظيم الدولة الإسلامية', 'armed-group')],
]);

interface Ref {
  name: string;
  name_ar?: string;
  entity_id: string | null;
}
interface Event {
  id: string;
  location: Ref | null;
  actor1: Ref | null;
  actor2: Ref | null;
}

let api: ApiHarness;
const get = (url: string) => api.app.inject({ method: 'GET', url });
const mosulEvent = () => api.articles[0].events[0];
const tripoliEvent = () => api.articles[2].events[0];

beforeAll(async () => {
  api = await openApi({
    knowledge: (id) => KNOWLEDGE.get(id),
  });
});
afterAll(() => api.close());

describe('Arabic names beside stored English names', () => {
  it('GET /api/events gives name_ar for known entities and leaves unknown ones English only', async () => {
    const items: Event[] = (await get('/api/events')).json().items;
    const mosul = items.find((e) => e.id === mosulEvent().id)!;
    expect(mosul.location).toMatchObject({ name: 'Mosul', name_ar: 'الموصل' });
    expect(mosul.actor1).toMatchObject({ name: 'Islamic State', name_ar: 'تنظيم الدولة الإسلامية' });
    expect(mosul.actor2?.entity_id).toBe('actor:forces:iq:military');
    expect(mosul.actor2).not.toHaveProperty('name_ar');
    const tripoli = items.find((e) => e.id === tripoliEvent().id)!;
    expect(tripoli.location).toMatchObject({ name: 'Tripoli' });
    expect(tripoli.location).not.toHaveProperty('name_ar');
  });

  it('GET /api/events/:id gives name_ar on the event record', async () => {
    const res = await get(`/api/events/${mosulEvent().id}`);
    expect(res.statusCode).toBe(200);
    const event: Event = res.json().event;
    expect(event.location?.name_ar).toBe('الموصل');
    expect(event.actor1?.name_ar).toBe('تنظيم الدولة الإسلامية');
  });

  it('GET /api/entities/:id and GET /api/articles/:id give it on events and mentions too', async () => {
    const entity = (await get('/api/entities/place:iq:mosul')).json();
    expect(entity.events.items[0].location.name_ar).toBe('الموصل');
    const article = (await get(`/api/articles/${api.articles[0].id}`)).json();
    expect(article.events[0].location.name_ar).toBe('الموصل');
    const mentions: Ref[] = article.mentions.filter((m: Ref) => m.entity_id === 'place:iq:mosul');
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((m) => m.name_ar === 'الموصل')).toBe(true);
  });

  it('documents name_ar in the OpenAPI schema of an event', async () => {
    const spec = (await get('/docs/json')).json();
    const event =
      spec.paths['/api/events/{id}'].get.responses['200'].content['application/json'].schema.properties.event;
    for (const ref of ['location', 'actor1', 'claimed_by']) {
      expect(JSON.stringify(event.properties[ref])).toContain('"name_ar"');
    }
  });
});

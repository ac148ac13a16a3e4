import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { articles, events, exported } from './export-fixtures.js';
import { EVENT_EXTENSION_ID, exportEvents, type ArticleLookup } from './index.js';
import { stixId as stixIdOf } from './stix-ids.js';

// The official STIX 2.1 schemas (test/fixtures/stix/oasis-stix-2.1/PROVENANCE.md), loaded offline.
const ROOT = fileURLToPath(new URL('../../../test/fixtures/stix/oasis-stix-2.1/schemas', import.meta.url));
const ID = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas';
const SCHEMA_OF: Record<string, string> = {
  identity: `${ID}/sdos/identity.json`,
  incident: `${ID}/sdos/incident.json`,
  'intrusion-set': `${ID}/sdos/intrusion-set.json`,
  location: `${ID}/sdos/location.json`,
  report: `${ID}/sdos/report.json`,
  'threat-actor': `${ID}/sdos/threat-actor.json`,
  relationship: `${ID}/sros/relationship.json`,
  'extension-definition': `${ID}/common/extension-definition.json`,
};

function officialValidator() {
  // unicodeRegExp off: the schemas' patterns use escapes (\-) that JavaScript's unicode mode rejects.
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  for (const folder of ['common', 'sdos', 'sros']) {
    for (const file of readdirSync(join(ROOT, folder))) {
      ajv.addSchema(JSON.parse(readFileSync(join(ROOT, folder, file), 'utf8')));
    }
  }
  return ajv;
}

type StixObject = Record<string, unknown> & { id: string; type: string };

async function bundle(): Promise<{ type: string; id: string; objects: StixObject[] }> {
  return JSON.parse(await exported('stix'));
}

describe('STIX 2.1 export', () => {
  it('validates, object by object, against the official STIX 2.1 schemas', async () => {
    const ajv = officialValidator();
    const { objects } = await bundle();
    expect(objects).not.toHaveLength(0);
    for (const object of objects) {
      const validate = ajv.getSchema(SCHEMA_OF[object.type]);
      expect(validate, `no schema for ${object.type}`).toBeDefined();
      expect(validate?.(object), `${object.id}: ${JSON.stringify(validate?.errors)}`).toBe(true);
    }
  });

  it('would catch an object the schemas forbid', async () => {
    const ajv = officialValidator();
    const location = (await bundle()).objects.find((o) => o.type === 'location');
    const { longitude: _dropped, ...halfPoint } = location as StixObject;
    expect(ajv.getSchema(SCHEMA_OF.location)?.(halfPoint)).toBe(false);
    expect(ajv.getSchema(SCHEMA_OF.incident)?.({ ...location, type: 'incident', id: 'incident--1' })).toBe(
      false,
    );
  });

  it('is a bundle whose references all point inside it', async () => {
    const result = await bundle();
    expect(result.type).toBe('bundle');
    expect(result.id).toMatch(/^bundle--[0-9a-f-]{36}$/);
    const ids = new Set(result.objects.map((o) => o.id));
    expect(ids.size).toBe(result.objects.length);
    expect(result.objects.some((o) => Object.keys(o).some((k) => /_refs?$/.test(k)))).toBe(true);
    for (const object of result.objects) {
      for (const [key, value] of Object.entries(object)) {
        const refs = key.endsWith('_ref') ? [value] : key.endsWith('_refs') ? (value as unknown[]) : [];
        for (const ref of refs) expect(ids, `${object.id}.${key}`).toContain(ref);
      }
    }
  });

  it('has a report per article, an incident per event with the marsad extension, and the actors by kind', async () => {
    const { objects } = await bundle();
    const ofType = (type: string) => objects.filter((o) => o.type === type);
    expect(ofType('report')).toHaveLength(3);
    expect(ofType('incident')).toHaveLength(events.length);
    const strike = ofType('incident').find((o) => String(o.name).startsWith('Air/drone strike'));
    const extension = (strike?.extensions as Record<string, Record<string, unknown>>)[EVENT_EXTENSION_ID];
    expect(extension).toMatchObject({
      extension_type: 'property-extension',
      event_type: 'Explosions/Remote violence',
      fatalities: 7,
      injuries: 10,
      timing: 'current',
    });
    expect((extension.evidence as { text: string }[])[0].text).toMatch(/^قُتل سبعة مدنيين/);
    expect(ofType('threat-actor').map((o) => o.name)).toEqual(['Islamic State']);
    expect(ofType('identity').map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'marsad',
        'Military Forces of Iraq',
        'Civilians (Syria)',
        'Protesters (Libya)',
      ]),
    );
    expect(ofType('location').find((o) => o.name === 'Mosul')).toMatchObject({
      country: 'IQ',
      administrative_area: 'Nineveh',
      latitude: 36.34,
      longitude: 43.13,
      precision: 10_000,
    });
    const relations = ofType('relationship').map((o) => o.relationship_type);
    expect(new Set(relations)).toEqual(new Set(['located-at', 'attributed-to', 'targets', 'claimed-by']));
  });

  it('places an event known only to its country by the country code, not on the capital', async () => {
    const [first] = events;
    const iraq = { ...first.location!, name: 'Iraq', entity_id: 'country:IQ', precision: 'country' as const };
    const { objects } = JSON.parse(await exported('stix', [{ ...first, location: iraq }])) as {
      objects: StixObject[];
    };
    const location = objects.find((o) => o.type === 'location');
    expect(location).toMatchObject({ name: 'Iraq', country: 'IQ' });
    expect(location).not.toHaveProperty('latitude');
    expect(location).not.toHaveProperty('precision');
  });

  it('gives each country its own object for a generic actor the knowledge base names per country', async () => {
    const [first, second] = events;
    const protesters = (country: string) => ({
      name: `Protesters (${country})`,
      entity_id: 'actor:protesters',
      spans: [],
    });
    const list = [
      { ...first, actor1: protesters('Egypt') },
      { ...second, actor1: protesters('Tunisia') },
    ];
    const { objects } = JSON.parse(await exported('stix', list)) as { objects: StixObject[] };
    const names = objects.filter((o) => o.type === 'identity').map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Protesters (Egypt)', 'Protesters (Tunisia)']));
    const kept = JSON.parse(await exported('stix', [list[0], { ...list[0], id: 'e-again' }])) as {
      objects: StixObject[];
    };
    expect(kept.objects.filter((o) => o.name === 'Protesters (Egypt)')).toHaveLength(1);
  });

  it('documents its extension in the bundle and names the same ids on every export', async () => {
    const first = await bundle();
    const definition = first.objects.find((o) => o.type === 'extension-definition');
    expect(definition).toMatchObject({ id: EVENT_EXTENSION_ID, extension_types: ['property-extension'] });
    expect(String(definition?.schema)).toContain('field_spans');
    const second = await bundle();
    expect(second.objects.map((o) => o.id)).toEqual(first.objects.map((o) => o.id));
  });

  it("names an untitled article by its file, not the path, and says when its report date is not the article's", async () => {
    const [first] = events;
    const source = '/home/analyst/inbox/2024/night-report.txt';
    const undated = { ...first, id: 'e-undated', article_id: 'a-undated', source, published: null };
    const stored = { ...undated, stored_at: '2024-03-30T08:15:00.000Z' };
    const reportOf = async (list: typeof events) =>
      (JSON.parse(await exported('stix', list)) as { objects: StixObject[] }).objects.find(
        (o) => o.type === 'report',
      )!;
    const fromStore = await reportOf([stored]);
    expect(fromStore.name).toBe('night-report.txt');
    expect(fromStore.published).toBe('2024-03-30T08:15:00.000Z');
    expect(fromStore.description).toMatch(/no publication date.*when marsad stored it/);
    const mark = (report: StixObject) =>
      (report.extensions as Record<string, Record<string, unknown>>)[EVENT_EXTENSION_ID].published_from;
    expect(mark(fromStore)).toBe('stored');
    const fromOldStore = await reportOf([undated]);
    expect(fromOldStore.published).toBe('2024-04-01T12:00:00.000Z');
    expect(mark(fromOldStore)).toBe('exported');
    const ajv = officialValidator();
    expect(ajv.getSchema(SCHEMA_OF.report)?.(fromStore)).toBe(true);
    // An article with a date keeps it, and says nothing of storing.
    const dated = (await bundle()).objects.find((o) => o.type === 'report' && o.published !== undefined)!;
    expect(mark(dated)).toBe('article');
    expect(dated.description).toBeUndefined();
  });

  it('dates every object the same way in every export, so one id never has two creation times', async () => {
    const stored = events.map((e, i) => ({ ...e, stored_at: `2024-03-2${i}T10:00:00.000Z` }));
    const versionsAt = async (now: string) => {
      let out = '';
      const options = { articles: async () => null, now: () => new Date(now) };
      for await (const chunk of exportEvents('stix', once(...stored), options)) out += chunk;
      const { objects } = JSON.parse(out) as { objects: StixObject[] };
      return new Map(objects.map((o) => [o.id, { created: o.created, modified: o.modified }]));
    };
    const monday = await versionsAt('2027-03-01T12:00:00.000Z');
    const friday = await versionsAt('2027-03-05T18:30:00.000Z');
    expect([...friday.keys()]).toEqual([...monday.keys()]);
    for (const [id, { created, modified }] of friday) {
      expect(created, id).toBe(monday.get(id)?.created);
      // Places and actors come from the knowledge base, which may have changed: each export is a new version.
      if (/^(location|threat-actor|intrusion-set)--/.test(id))
        expect(modified, id).toBe('2027-03-05T18:30:00.000Z');
      else if (!id.startsWith('identity--')) expect(modified, id).toBe(monday.get(id)?.modified);
      expect(String(modified) >= String(created), id).toBe(true);
    }
    const incident = stixIdOf('incident', stored[1].id);
    expect(friday.get(incident)).toEqual({
      created: '2024-03-21T10:00:00.000Z',
      modified: '2024-03-21T10:00:00.000Z',
    });
  });

  it('says when its report date is the day the article was retrieved, not published', async () => {
    const [first] = events;
    const article = articles.find((a) => a.id === first.article_id)!;
    const fetched = { ...article, published: { value: '2024-03-09', spans: [], from: 'retrieved' } };
    const event = { ...first, published: '2024-03-09', published_from: 'retrieved' };
    const reportOf = async (lookup: ArticleLookup) => {
      let out = '';
      for await (const chunk of exportEvents('stix', once(event), { articles: lookup })) out += chunk;
      return (JSON.parse(out) as { objects: StixObject[] }).objects.find((o) => o.type === 'report')!;
    };
    // Known from the stored article, or — when the article cannot be read — from the stored event.
    for (const lookup of [async () => fetched, async () => null]) {
      const report = await reportOf(lookup);
      expect(report.published).toBe('2024-03-09T00:00:00.000Z');
      expect(report.description).toMatch(/no publication date.*the day it was retrieved/);
      const extension = (report.extensions as Record<string, Record<string, unknown>>)[EVENT_EXTENSION_ID];
      expect(extension.published_from).toBe('retrieved');
      expect(officialValidator().getSchema(SCHEMA_OF.report)?.(report)).toBe(true);
    }
  });
});

async function* once<T>(...items: T[]): AsyncIterable<T> {
  yield* items;
}

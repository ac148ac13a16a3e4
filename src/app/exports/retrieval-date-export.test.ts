import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileSource } from '../../adapters/sources/index.js';
import { openStore } from '../../adapters/store/index.js';
import { loadConfig } from '../../core/config.js';
import type { ServingStore } from '../../core/ports.js';
import { createMarsad } from '../marsad.js';
import { runBatch } from '../run-batch.js';
import { EVENT_EXTENSION_ID, exportEvents, storedEvents } from './index.js';

// Ingest to export, as a user runs it: articles that carry no date of their own, each with the day it was
// fetched (a sidecar's date_extracted, a JSON record's `retrieved`), stored, then exported as STIX.
const AMBUSH =
  'Gunmen ambushed a police patrol near the town of Qalat Salih in southern Iraq and killed two officers, ' +
  'a security official said.';

let dir: string;
let store: ServingStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-retrieved-'));
  writeFileSync(join(dir, 'ambush.txt'), AMBUSH);
  writeFileSync(join(dir, 'ambush.meta.json'), JSON.stringify({ date_extracted: '2024-05-10' }));
  writeFileSync(
    join(dir, 'record.json'),
    JSON.stringify({ text: AMBUSH.replace('two officers', 'three officers'), retrieved: '2024-05-12' }),
  );
  store = await openStore(join(dir, 'events.db'));
  const marsad = await createMarsad(loadConfig({ kbDirs: [] }));
  const source = createFileSource([join(dir, 'ambush.txt'), join(dir, 'record.json')], { maxBytes: 1e6 });
  await runBatch(marsad, source, {
    onArticles: async (articles) => (await store.saveArticles(articles)).map((r) => r.inserted),
  });
}, 60_000);
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

type StixObject = Record<string, unknown> & { type: string };
const extensionOf = (o: StixObject) =>
  (o.extensions as Record<string, Record<string, unknown>>)[EVENT_EXTENSION_ID];

describe('an article dated only by the day it was fetched, from ingest to the STIX export', () => {
  it('is reported as retrieved that day, not published, and its incident as dated by it', async () => {
    let out = '';
    const exported = exportEvents('stix', storedEvents(store, {}), {
      articles: (id) => store.getArticle(id),
    });
    for await (const chunk of exported) out += chunk;
    const { objects } = JSON.parse(out) as { objects: StixObject[] };
    const reports = objects.filter((o) => o.type === 'report');
    expect(reports.map((r) => r.published).sort()).toEqual([
      '2024-05-10T00:00:00.000Z',
      '2024-05-12T00:00:00.000Z',
    ]);
    for (const report of reports) {
      expect(extensionOf(report).published_from).toBe('retrieved');
      expect(report.description).toMatch(/no publication date.*retrieved/);
    }
    const incidents = objects.filter((o) => o.type === 'incident');
    expect(incidents).toHaveLength(2);
    for (const incident of incidents) expect(extensionOf(incident).date_basis).toBe('retrieval date');
  });

  it('says so of the stored events too', async () => {
    const { items } = await store.listEvents({});
    expect(items.map((e) => [e.published, e.published_from]).sort()).toEqual([
      ['2024-05-10', 'retrieved'],
      ['2024-05-12', 'retrieved'],
    ]);
  });
});

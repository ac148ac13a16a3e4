import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMarsad, type Marsad } from '../../src/app/index.js';
import { rawInputFromRecord } from '../../src/app/index.js';
import type { ArticleOutput } from '../../src/core/article-output.js';
import { loadConfig } from '../../src/core/config.js';

// The bundled examples are the README's demo: what a new user sees first must be right.
const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;

let marsad: Marsad;
const articles = new Map<string, ArticleOutput>();

beforeAll(async () => {
  marsad = await createMarsad(loadConfig({ kbDirs: [] }));
  for (const name of readdirSync(EXAMPLES).filter((n) => /\.(json|html)$/.test(n))) {
    const bytes = readFileSync(join(EXAMPLES, name));
    const raw = name.endsWith('.json')
      ? rawInputFromRecord(JSON.parse(bytes.toString('utf8')), name)
      : { bytes, format: 'html' as const, hints: {} };
    articles.set(name, await marsad.analyse(name, raw));
  }
});

const summary = (name: string) =>
  articles.get(name)!.events.map((e) => ({
    type: e.sub_event_type?.value,
    place: e.location?.name,
    country: e.location?.country,
    killed: e.fatalities?.value ?? null,
    injured: e.injuries?.value ?? null,
  }));

describe('the bundled examples', () => {
  it('give the Baghdad suicide bombing, claimed by the Islamic State, and the Mosul arrests', () => {
    const article = articles.get('en-iraq-bombing.json')!;
    expect(summary('en-iraq-bombing.json')).toEqual([
      { type: 'Suicide bomb', place: 'Baghdad', country: 'IQ', killed: 12, injured: 30 },
      { type: 'Arrests', place: 'Mosul', country: 'IQ', killed: null, injured: null },
    ]);
    const bombing = article.events[0];
    expect(bombing.fatalities?.qualifier).toBe('at_least');
    expect(bombing.claimed_by?.name).toBe('Islamic State');
    expect(bombing.actor2?.name).toBe('Civilians');
  });

  it('give the coalition air strikes on Saada and the clashes in Taiz', () => {
    expect(summary('ar-yemen-airstrike.json')).toEqual([
      { type: 'Air/drone strike', place: 'Saada', country: 'YE', killed: 7, injured: 4 },
      { type: 'Armed clash', place: 'Taiz', country: 'YE', killed: 2, injured: null },
    ]);
    const [strike] = articles.get('ar-yemen-airstrike.json')!.events;
    expect(strike.actor1?.name).toBe('Saudi-led Coalition');
    expect(strike.actor2?.name).toBe('Houthi Movement');
  });

  it('give the peaceful protest in Sfax', () => {
    expect(summary('ar-tunisia-protest.json')).toEqual([
      { type: 'Peaceful protest', place: 'Sfax', country: 'TN', killed: null, injured: null },
    ]);
  });

  it('give the shelling of Ariha from the HTML page, without the page furniture', () => {
    expect(summary('en-syria-shelling.html')).toEqual([
      { type: 'Shelling/artillery/missile attack', place: 'Ariha', country: 'SY', killed: 4, injured: 9 },
    ]);
    const article = articles.get('en-syria-shelling.html')!;
    expect(article.publisher?.value).toBe('marsad examples');
    expect(article.published?.value).toBe('2024-02-20');
    // Removed, not absent: the page itself carries the newsletter box.
    expect(readFileSync(join(EXAMPLES, 'en-syria-shelling.html'), 'utf8')).toContain(
      'Subscribe to our newsletter',
    );
    expect(article.text).not.toContain('Subscribe to our newsletter');
  });
});

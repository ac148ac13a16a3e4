/**
 * Synthetic marsad/1 articles for the API load run: five events each, spread over countries, types,
 * actors, ten years of dates, in English and Arabic, with spans that point into their own text.
 * A seeded generator makes every run store the same data.
 */
import { createHash } from 'node:crypto';
import { articleIdOf, SCHEMA_VERSION, type ArticleOutput } from '../src/core/article-output.js';
import type { EventRecord, Mention } from '../src/core/records.js';
import type { Span } from '../src/core/span.js';
import { ACLED_TAXONOMY, EVENT_TYPES } from '../src/core/taxonomy.js';

const PLACES = [
  {
    id: 'place:iq:mosul',
    name: 'Mosul',
    ar: 'الموصل',
    country: 'IQ',
    lat: 36.34,
    lon: 43.13,
    admin1: 'Nineveh',
  },
  { id: 'place:sy:idlib', name: 'Idlib', ar: 'إدلب', country: 'SY', lat: 35.93, lon: 36.63, admin1: 'Idlib' },
  {
    id: 'place:sy:aleppo',
    name: 'Aleppo',
    ar: 'حلب',
    country: 'SY',
    lat: 36.2,
    lon: 37.16,
    admin1: 'Aleppo',
  },
  {
    id: 'place:ly:tripoli',
    name: 'Tripoli',
    ar: 'طرابلس',
    country: 'LY',
    lat: 32.89,
    lon: 13.19,
    admin1: 'Tripoli',
  },
  { id: 'place:ye:aden', name: 'Aden', ar: 'عدن', country: 'YE', lat: 12.79, lon: 45.03, admin1: 'Aden' },
  {
    id: 'place:iq:baghdad',
    name: 'Baghdad',
    ar: 'بغداد',
    country: 'IQ',
    lat: 33.31,
    lon: 44.36,
    admin1: 'Baghdad',
  },
];
const ACTORS = [
  { id: 'actor:islamic-state', name: 'Islamic State', ar: 'تنظيم الدولة' },
  { id: 'actor:forces:sy:military', name: 'Military Forces of Syria', ar: 'الجيش السوري' },
  { id: 'actor:forces:ru:military', name: 'Military Forces of Russia', ar: 'القوات الروسية' },
  { id: 'actor:houthis', name: 'Ansar Allah', ar: 'الحوثيون' },
];

function prng(seed: number): () => number {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

/** @example [...syntheticArticles(10)].flatMap((a) => a.events).length === 10 */
export function* syntheticArticles(events: number, perArticle = 5): Iterable<ArticleOutput> {
  const random = prng(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  for (let made = 0, n = 0; made < events; n++) {
    const arabic = n % 3 === 0;
    let text = '';
    const records: EventRecord[] = [];
    const mentions: Mention[] = [];
    const count = Math.min(perArticle, events - made);
    const sentences: Span[] = [];
    for (let k = 0; k < count; k++) {
      const place = pick(PLACES);
      const actor = pick(ACTORS);
      const type = pick(EVENT_TYPES);
      const sub = pick(ACLED_TAXONOMY[type]);
      const killed = Math.floor(random() * 40);
      const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3650) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const before = text.length;
      const placeName = arabic ? place.ar : place.name;
      const actorName = arabic ? actor.ar : actor.name;
      text += arabic
        ? `قتل ${killed} شخصا في غارة على ${placeName} نفذها ${actorName} قرب نقطة تفتيش. `
        : `${actorName} killed ${killed} people in an attack near a checkpoint in ${placeName}. `;
      const at = (s: string): Span => [
        before + text.slice(before).indexOf(s),
        before + text.slice(before).indexOf(s) + s.length,
      ];
      const sentence: Span = [before, text.length - 1];
      sentences.push(sentence);
      mentions.push(
        {
          span: at(placeName),
          entity_id: place.id,
          kind: 'city',
          name: place.name,
          via: 'name',
          score: 1,
          place: {
            country: place.country,
            lat: place.lat,
            lon: place.lon,
            precision: 'town',
            admin1: place.admin1,
          },
        },
        {
          span: at(actorName),
          entity_id: actor.id,
          kind: 'armed-group',
          name: actor.name,
          via: 'name',
          score: 1,
        },
      );
      records.push({
        id: '',
        event_type: { value: type, spans: [sentence] },
        sub_event_type: { value: sub, spans: [sentence] },
        date: { value: day, precision: 'day', spans: [] },
        timing: { value: random() < 0.9 ? 'current' : 'historical', spans: [] },
        location: {
          name: place.name,
          country: place.country,
          lat: place.lat,
          lon: place.lon,
          precision: 'town',
          entity_id: place.id,
          spans: [at(placeName)],
        },
        actor1: { name: actor.name, entity_id: actor.id, spans: [at(actorName)] },
        actor2: null,
        claimed_by: null,
        fatalities: { value: killed, qualifier: 'exact', spans: [at(String(killed))] },
        injuries: null,
        evidence: [sentence],
        confidence: 0.8,
      });
    }
    const hash = createHash('sha256').update(`${n}\n${text}`).digest('hex');
    const id = articleIdOf(hash);
    records.forEach((r, k) => (r.id = `${id}-${k}`));
    made += count;
    yield {
      schema: SCHEMA_VERSION,
      id,
      source: `synthetic/${n}.txt`,
      content_hash: hash,
      url: null,
      language: arabic ? 'ar' : 'en',
      title: null,
      author: null,
      publisher: null,
      published: {
        value: records[records.length - 1].date?.value ?? '2024-01-01',
        spans: [],
        from: 'sidecar',
      },
      genre: null,
      text,
      body: [0, text.length],
      removed: [],
      sentences: sentences.map((span) => ({ span })),
      mentions,
      times: [],
      quantities: [],
      events: records,
      diagnostics: [],
    };
  }
}

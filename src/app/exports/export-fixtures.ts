import { fixtureArticles } from '../../adapters/store/fixtures/fixture-articles.js';
import type { StoredEvent } from '../../core/article-output.js';
import { exportEvents, type ExportFormat } from './index.js';

export { fixtureArticles };

/** The store's fixture articles as stored events, for the export tests: no database needed. */
export const articles = fixtureArticles();
const byId = new Map(articles.map((a) => [a.id, a]));
export const events: StoredEvent[] = articles.flatMap((a) =>
  a.events.map((e) => ({
    ...e,
    article_id: a.id,
    source: a.source,
    language: a.language,
    published: a.published?.value ?? null,
  })),
);

/** Arabic names as a knowledge base would give them, for two of the fixtures' entities. */
export const ARABIC_NAMES = new Map([
  ['place:iq:mosul', { name_ar: 'الموصل' }],
  ['actor:islamic-state', { name_ar: 'تنظيم الدولة الإسلامية' }],
]);

/** Everything an export writes for `list`, stamped at a fixed time; with `named`, Arabic names included. */
export async function exported(
  format: ExportFormat,
  list: StoredEvent[] = events,
  named = false,
): Promise<string> {
  async function* each() {
    yield* list;
  }
  let out = '';
  const now = () => new Date('2024-04-01T12:00:00.000Z');
  for await (const chunk of exportEvents(format, each(), {
    articles: async (id) => byId.get(id) ?? null,
    now,
    knowledge: named ? (id) => ARABIC_NAMES.get(id) : undefined,
  }))
    out += chunk;
  return out;
}

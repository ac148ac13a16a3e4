import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureArticles } from '../adapters/store/fixtures/fixture-articles.js';
import type { ArticleOutput } from '../core/article-output.js';
import { openApi, type ApiHarness } from './api-test-setup.js';

let api: ApiHarness;
// The Idlib fixture as an extractor writes it when no words give the date or name the side harmed.
const [, idlib] = fixtureArticles('basis');
const withBasis: ArticleOutput = {
  ...idlib,
  events: idlib.events.map((e) => ({
    ...e,
    date: e.date && { ...e.date, spans: [], basis: 'publication date' },
    actor2: e.actor2 && { ...e.actor2, basis: 'people harmed' },
  })),
};
const event = withBasis.events[0];

beforeAll(async () => {
  api = await openApi();
  await api.store.saveArticle(withBasis);
});
afterAll(() => api.close());

describe('where a value with no words of its own came from', () => {
  it.each([`/api/events/${event.id}`, `/api/articles/${withBasis.id}`])(
    '%s keeps the basis of a date and of a side',
    async (url) => {
      const body = (await api.app.inject({ method: 'GET', url })).json();
      const returned = body.event ?? body.events?.find((e: { id: string }) => e.id === event.id);
      expect(returned.date).toMatchObject({ spans: [], basis: 'publication date' });
      expect(returned.actor2).toMatchObject({ basis: 'people harmed' });
    },
  );

  it('keeps it in the listing too', async () => {
    const body = (await api.app.inject({ method: 'GET', url: '/api/events?limit=100' })).json();
    const listed = body.items.find((e: { id: string }) => e.id === event.id);
    expect(listed.date.basis).toBe('publication date');
  });
});

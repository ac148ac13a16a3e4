import { describe, it, expect } from 'vitest';
import { parseRoute } from './router.js';

describe('router', () => {
  const pages: Array<[string, string, string]> = [
    ['#/events/e-1', 'event', 'e-1'],
    ['#/articles/a-3f2a9c0d1e2b', 'article', 'a-3f2a9c0d1e2b'],
    ['#/entities/actor%3Aislamic-state', 'entity', 'actor:islamic-state'],
  ];

  it.each(pages)('sends %s to the %s page with its id decoded', (hash, page, id) => {
    expect(parseRoute(hash)).toEqual({ page, id });
  });

  it('reads the explore page filters from the query after the hash', () => {
    const route = parseRoute('#/?country=IQ&q=%D9%82%D8%AA%D9%84');
    expect(route.page).toBe('explore');
    expect(route.page === 'explore' && route.params.get('q')).toBe('قتل');
  });

  it('falls back to the explore page for an empty, unknown or malformed address', () => {
    for (const hash of ['', '#', '#/nowhere/x', '#/events/%E0%A4%A']) {
      expect(parseRoute(hash).page).toBe('explore');
    }
  });
});

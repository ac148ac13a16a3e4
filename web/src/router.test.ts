import { describe, it, expect } from 'vitest';
import { parseRoute } from './router.js';

describe('router', () => {
  const pages: Array<[string, string, string]> = [
    ['#/events/e-1', 'event', 'e-1'],
    ['#/articles/a-3f2a9c0d1e2b', 'article', 'a-3f2a9c0d1e2b'],
    ['#/entities/actor%3Aislamic-state', 'entity', 'actor:islamic-state'],
    ['#/entity/actor:islamic-state', 'entity', 'actor:islamic-state'],
    ['#/event/e-1/', 'event', 'e-1'],
    ['#/article/a-3f2a9c0d1e2b', 'article', 'a-3f2a9c0d1e2b'],
  ];

  it.each(pages)('sends %s to the %s page with its id decoded', (hash, page, id) => {
    expect(parseRoute(hash)).toEqual({ page, id });
  });

  it('reads the explore page filters from the query after the hash', () => {
    const route = parseRoute('#/?country=IQ&q=%D9%82%D8%AA%D9%84');
    expect(route.page).toBe('explore');
    expect(route.page === 'explore' && route.params.get('q')).toBe('قتل');
  });

  it('sends an empty address to the explore page', () => {
    for (const hash of ['', '#', '#/', '#?q=x']) expect(parseRoute(hash).page).toBe('explore');
  });

  it('says an unknown, incomplete or malformed address is missing rather than showing the map', () => {
    for (const hash of [
      '#/nowhere/x',
      '#/map',
      '#/events',
      '#/events/',
      '#/events/%E0%A4%A',
      '#/constructor/x',
    ]) {
      expect(parseRoute(hash)).toEqual({ page: 'missing' });
    }
  });
});

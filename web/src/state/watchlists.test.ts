import { describe, expect, it } from 'vitest';
import { watchlists } from './watchlists.js';

/** A Storage with nothing behind it but a map, as a fresh browser profile has. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('watchlists', () => {
  it('keeps named filters with the events that matched when they were saved', () => {
    const storage = memoryStorage();
    watchlists(storage).add('Yemen battles', 'country=YE&type=Battles', 12);
    expect(watchlists(storage).list()).toEqual([
      { name: 'Yemen battles', query: 'country=YE&type=Battles', seen: 12 },
    ]);
  });

  it('keeps one watchlist per query: saving the same filters again renames it', () => {
    const lists = watchlists(memoryStorage());
    lists.add('Yemen', 'country=YE', 3);
    expect(lists.add('Yemen, all', 'country=YE', 5)).toEqual([
      { name: 'Yemen, all', query: 'country=YE', seen: 5 },
    ]);
  });

  it('names an unnamed watchlist by its filters', () => {
    expect(watchlists(memoryStorage()).add('  ', 'country=IQ', 1)[0].name).toBe('country=IQ');
  });

  it('records what the reader has seen, and forgets a removed watchlist', () => {
    const lists = watchlists(memoryStorage());
    lists.add('Iraq', 'country=IQ', 4);
    lists.add('Syria', 'country=SY', 2);
    expect(lists.markSeen('country=IQ', 9).map((w) => w.seen)).toEqual([9, 2]);
    expect(lists.remove('country=IQ').map((w) => w.name)).toEqual(['Syria']);
  });

  it('reads damaged storage as no watchlists instead of failing', () => {
    expect(watchlists(memoryStorage({ 'marsad.watchlists': '{not json' })).list()).toEqual([]);
    const mixed = JSON.stringify([{ name: 'ok', query: 'q=a', seen: 1 }, { name: 3 }, null]);
    expect(watchlists(memoryStorage({ 'marsad.watchlists': mixed })).list()).toHaveLength(1);
  });

  it('goes on when the storage refuses to write (full, or disabled in a private window)', () => {
    const saved = JSON.stringify([{ name: 'Iraq', query: 'country=IQ', seen: 4 }]);
    const full = {
      ...memoryStorage({ 'marsad.watchlists': saved }),
      setItem: () => {
        throw new DOMException('quota exceeded', 'QuotaExceededError');
      },
    };
    expect(watchlists(full).markSeen('country=IQ', 9)).toEqual([
      { name: 'Iraq', query: 'country=IQ', seen: 9 },
    ]);
    expect(watchlists(full).add('Syria', 'country=SY', 2)).toHaveLength(2);
  });
});

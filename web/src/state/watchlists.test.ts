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

const MAY_1 = '2024-05-01T09:00:00.000Z';
const MAY_2 = '2024-05-02T09:00:00.000Z';

describe('watchlists', () => {
  it('keeps named filters with when their latest event had been stored as they were saved', () => {
    const storage = memoryStorage();
    watchlists(storage).add('Yemen battles', 'country=YE&type=Battles', MAY_1);
    expect(watchlists(storage).list()).toEqual([
      { name: 'Yemen battles', query: 'country=YE&type=Battles', seenAt: MAY_1 },
    ]);
  });

  it('keeps one watchlist per query: saving the same filters again renames it', () => {
    const lists = watchlists(memoryStorage());
    lists.add('Yemen', 'country=YE', MAY_1);
    expect(lists.add('Yemen, all', 'country=YE', MAY_2)).toEqual([
      { name: 'Yemen, all', query: 'country=YE', seenAt: MAY_2 },
    ]);
  });

  it('names an unnamed watchlist by its filters', () => {
    expect(watchlists(memoryStorage()).add('  ', 'country=IQ', '')[0].name).toBe('country=IQ');
  });

  it('records what the reader has seen, and forgets a removed watchlist', () => {
    const lists = watchlists(memoryStorage());
    lists.add('Iraq', 'country=IQ', MAY_1);
    lists.add('Syria', 'country=SY', '');
    expect(lists.markSeen('country=IQ', MAY_2).map((w) => w.seenAt)).toEqual([MAY_2, '']);
    expect(lists.remove('country=IQ').map((w) => w.name)).toEqual(['Syria']);
  });

  it('reads damaged storage as no watchlists instead of failing', () => {
    expect(watchlists(memoryStorage({ 'marsad.watchlists': '{not json' })).list()).toEqual([]);
    const mixed = JSON.stringify([{ name: 'ok', query: 'q=a', seenAt: MAY_1 }, { name: 3 }, null]);
    expect(watchlists(memoryStorage({ 'marsad.watchlists': mixed })).list()).toHaveLength(1);
  });

  it('keeps a watchlist saved with a count, not knowing what is new in it until it is seen again', () => {
    const old = JSON.stringify([{ name: 'Iraq', query: 'country=IQ', seen: 4 }]);
    const lists = watchlists(memoryStorage({ 'marsad.watchlists': old }));
    expect(lists.list()).toEqual([{ name: 'Iraq', query: 'country=IQ', seenAt: null }]);
    expect(lists.markSeen('country=IQ', MAY_1)[0].seenAt).toBe(MAY_1);
  });

  it('goes on when the storage refuses to write (full, or disabled in a private window)', () => {
    const saved = JSON.stringify([{ name: 'Iraq', query: 'country=IQ', seenAt: MAY_1 }]);
    const full = {
      ...memoryStorage({ 'marsad.watchlists': saved }),
      setItem: () => {
        throw new DOMException('quota exceeded', 'QuotaExceededError');
      },
    };
    expect(watchlists(full).markSeen('country=IQ', MAY_2)).toEqual([
      { name: 'Iraq', query: 'country=IQ', seenAt: MAY_2 },
    ]);
    expect(watchlists(full).add('Syria', 'country=SY', '')).toHaveLength(2);
  });
});

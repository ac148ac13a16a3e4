/**
 * A watchlist: a named set of explore filters the reader comes back to, and how many events matched it
 * when they last looked — the difference is what is new since.
 */
export interface Watchlist {
  name: string;
  /** The filters as the address writes them (`country=YE&type=Battles`); one watchlist per query. */
  query: string;
  /** Events matching when the reader last opened it. */
  seen: number;
}

/** Watchlists kept in the browser (no account, nothing sent to the server). */
export interface Watchlists {
  list(): Watchlist[];
  /** Adds (or renames) the watchlist of `query`, with the events matching it now as seen. */
  add(name: string, query: string, matching: number): Watchlist[];
  remove(query: string): Watchlist[];
  /** Records that the reader looked at `query` when `matching` events matched it. */
  markSeen(query: string, matching: number): Watchlist[];
}

const KEY = 'marsad.watchlists';

/**
 * The watchlists in `storage` (`localStorage` in the page). Unreadable contents count as none and a
 * write the storage refuses is dropped, so neither a damaged entry nor a full storage breaks the explore page.
 *
 * @example watchlists(localStorage).add('Yemen battles', 'country=YE&type=Battles', 12)
 */
export function watchlists(storage: Pick<Storage, 'getItem' | 'setItem'>): Watchlists {
  const read = (): Watchlist[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isWatchlist) : [];
    } catch {
      return [];
    }
  };
  const write = (items: Watchlist[]): Watchlist[] => {
    try {
      storage.setItem(KEY, JSON.stringify(items));
    } catch {
      // A full or refused storage must not fail the explore page that marks a watchlist seen as it shows.
    }
    return items;
  };
  return {
    list: read,
    add(name, query, matching) {
      const others = read().filter((w) => w.query !== query);
      return write([...others, { name: name.trim() || query, query, seen: matching }]);
    },
    remove: (query) => write(read().filter((w) => w.query !== query)),
    markSeen(query, matching) {
      const items = read();
      if (!items.some((w) => w.query === query && w.seen !== matching)) return items;
      return write(items.map((w) => (w.query === query ? { ...w, seen: matching } : w)));
    },
  };
}

function isWatchlist(x: unknown): x is Watchlist {
  const w = x as Partial<Watchlist> | null;
  return typeof w?.name === 'string' && typeof w.query === 'string' && Number.isInteger(w.seen);
}

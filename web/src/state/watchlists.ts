/**
 * A watchlist: a named set of explore filters the reader comes back to, and when they last looked — what
 * was stored after that is new to them, whatever was removed or merged meanwhile.
 */
export interface Watchlist {
  name: string;
  /** The filters as the address writes them (`country=YE&type=Battles`); one watchlist per query. */
  query: string;
  /**
   * When the latest event matching the filters had been stored as the reader last looked (the API's
   * `last_stored`): '' when none had been, null when unknown (saved by a version that kept a count).
   */
  seenAt: string | null;
}

/** Watchlists kept in the browser (no account, nothing sent to the server). */
export interface Watchlists {
  list(): Watchlist[];
  /** Adds (or renames) the watchlist of `query`, seen up to `seenAt`. */
  add(name: string, query: string, seenAt: string): Watchlist[];
  remove(query: string): Watchlist[];
  /** Records that the reader looked at `query` when its latest event had been stored at `seenAt`. */
  markSeen(query: string, seenAt: string): Watchlist[];
}

const KEY = 'marsad.watchlists';

/**
 * The watchlists in `storage` (`localStorage` in the page). Unreadable contents count as none and a
 * write the storage refuses is dropped, so neither a damaged entry nor a full storage breaks the explore page.
 *
 * @example watchlists(localStorage).add('Yemen battles', 'country=YE&type=Battles', '2024-05-01T09:00:00.000Z')
 */
export function watchlists(storage: Pick<Storage, 'getItem' | 'setItem'>): Watchlists {
  const read = (): Watchlist[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isSaved).map(watchlistOf) : [];
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
    add(name, query, seenAt) {
      const others = read().filter((w) => w.query !== query);
      return write([...others, { name: name.trim() || query, query, seenAt }]);
    },
    remove: (query) => write(read().filter((w) => w.query !== query)),
    markSeen(query, seenAt) {
      const items = read();
      if (!items.some((w) => w.query === query && w.seenAt !== seenAt)) return items;
      return write(items.map((w) => (w.query === query ? { ...w, seenAt } : w)));
    },
  };
}

type Saved = Pick<Watchlist, 'name' | 'query'> & { seenAt?: unknown };

function isSaved(x: unknown): x is Saved {
  const w = x as Partial<Saved> | null;
  return typeof w?.name === 'string' && typeof w.query === 'string';
}

// A watchlist saved with a count of what was seen has no instant to count from until it is seen again.
function watchlistOf(w: Saved): Watchlist {
  return { name: w.name, query: w.query, seenAt: typeof w.seenAt === 'string' ? w.seenAt : null };
}

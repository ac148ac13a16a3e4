// esbuild adds this stylesheet to assets/app.css, beside the panel it styles.
import './watchlist-panel.css';
import { getStats } from '../api/api-client.js';
import type { StatsResponse } from '../api/api-types.js';
import { h, replaceChildren } from '../dom/h.js';
import { countryName, t, tn } from '../i18n/locale.js';
import { subTypeLabel, typeLabel } from '../i18n/taxonomy-labels.js';
import { filtersFromParams } from '../state/filter-state.js';
import { remembered } from '../state/remembered.js';
import { watchlists, type Watchlist } from '../state/watchlists.js';

/** The panel the explore page puts in its aside, and how it hears what the page shows. */
export interface WatchlistPanel {
  element: HTMLElement;
  /** The explore page shows `query`: it can be watched, and is seen if watched. */
  update(query: string): void;
}

/**
 * The explore page's watchlists: the filters shown can be saved under a name; each saved set links back
 * to its view and says how many events were stored since the reader last opened it. Kept in the browser.
 *
 * @example const panel = createWatchlistPanel(); aside.append(panel.element); panel.update('country=YE');
 */
export function createWatchlistPanel(
  storage: Pick<Storage, 'getItem' | 'setItem'> = pageStorage(),
): WatchlistPanel {
  const lists = watchlists(storage);
  /** What the page shows, once it has shown something: before that there is nothing to watch. */
  let current: string | undefined;
  const list = h('ul', { class: 'watchlists' });
  // Each count is asked once a visit: the page updates the panel at every refresh (each move of a map the
  // list follows), and a request per watchlist each time would eat into the API's rate limit.
  const asked = new Map<string, Promise<StatsResponse>>();
  const statsOf = (query: string, storedAfter = ''): Promise<StatsResponse> =>
    remembered(asked, `${query}\n${storedAfter}`, () =>
      getStats(filtersFromParams(new URLSearchParams(query)), storedAfter),
    );
  const seen = (query: string, then: (seenAt: string) => Watchlist[]) =>
    statsOf(query)
      .then((stats) => render(then(stats.last_stored ?? '')))
      .catch(() => undefined); // Unseen this time: the count stays as it was.
  const name = h('input', { id: 'watch-name', type: 'text', placeholder: t('watchName') });
  const form = h(
    'form',
    {
      class: 'watch-form',
      on: {
        submit: (ev) => {
          ev.preventDefault();
          if (current === undefined) return;
          const query = current;
          const label = name.value.trim() || filtersSummary(query);
          name.value = '';
          void seen(query, (seenAt) => lists.add(label, query, seenAt));
        },
      },
    },
    // A placeholder is no name: it is gone once the reader types, and screen readers may not say it.
    h('label', { for: 'watch-name', class: 'visually-hidden' }, t('watchNameLabel')),
    name,
    h('button', { type: 'submit', class: 'secondary' }, t('watch')),
  );
  const element = h(
    'section',
    { class: 'watchlist-panel', aria: { labelledby: 'watchlists-title' } },
    h('h2', { id: 'watchlists-title' }, t('watchlists')),
    form,
    list,
  );

  function render(items: Watchlist[]): void {
    if (items.length === 0) {
      replaceChildren(list, h('li', { class: 'muted' }, t('watchEmpty')));
      return;
    }
    replaceChildren(list, ...items.map(item));
  }

  function item(w: Watchlist): HTMLElement {
    const here = w.query === current;
    const fresh = h('span', { class: 'watch-new' });
    if (!here && w.seenAt !== null) {
      statsOf(w.query, w.seenAt)
        .then((stats) => {
          if (stats.total > 0) fresh.textContent = tn('newEvents', stats.total);
          fresh.dataset.new = String(stats.total); // counted: the browser tests wait for it
        })
        .catch(() => undefined); // The list still links to the view; the count is a courtesy.
    }
    return h(
      'li',
      { data: { query: w.query } },
      h(
        'a',
        { href: `#/${w.query ? `?${w.query}` : ''}`, aria: here ? { current: 'page' } : {} },
        h('bdi', {}, w.name),
      ),
      ' ',
      fresh,
      h(
        'button',
        {
          type: 'button',
          class: 'chip-remove',
          aria: { label: t('watchRemove', { name: w.name }) },
          on: { click: () => render(lists.remove(w.query)) },
        },
        '×',
      ),
    );
  }

  return {
    element,
    update(query) {
      current = query;
      const items = lists.list();
      render(items);
      if (items.some((w) => w.query === query)) void seen(query, (seenAt) => lists.markSeen(query, seenAt));
    },
  };
}

/**
 * The page's `localStorage`, or a storage that keeps nothing where the browser refuses it (site data
 * blocked: reading `localStorage` itself throws), so the explore page still opens.
 */
function pageStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    return localStorage;
  } catch {
    return { getItem: () => null, setItem: () => undefined };
  }
}

/**
 * A name for filters the reader did not name: their values in the interface language.
 *
 * @example filtersSummary('country=YE&type=Battles&q=Aden') // 'Yemen · Battles · "Aden"'
 */
export function filtersSummary(query: string): string {
  const f = filtersFromParams(new URLSearchParams(query));
  const dates = f.since || f.until ? `${f.since ?? '…'} – ${f.until ?? '…'}` : '';
  const parts = [
    f.country && countryName(f.country),
    f.type && typeLabel(f.type),
    f.sub_type && subTypeLabel(f.sub_type),
    f.actor,
    f.entity,
    f.timing && t(f.timing),
    dates,
    f.min_fatalities !== undefined && `${t('minFatalities')} ${f.min_fatalities}`,
    f.q && quoted(f.q),
  ];
  return parts.filter(Boolean).join(' · ') || t('watchAll');
}

/** A search in quotation marks once: a query the reader already quoted (a phrase) keeps its own. */
function quoted(text: string): string {
  return /^".*"$/s.test(text) ? text : `"${text}"`;
}

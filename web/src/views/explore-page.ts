// esbuild adds this stylesheet to assets/app.css, beside the page it lays out.
import './explore-page.css';
import { ApiError, getStats, listEvents } from '../api/api-client.js';
import type { StoredEvent } from '../api/api-types.js';
import { h, replaceChildren } from '../dom/h.js';
import { t } from '../i18n/locale.js';
import { createEventMap } from '../map/event-map.js';
import {
  datesReversed,
  FILTER_LABEL,
  filtersToParams,
  refusedFilter,
  withoutDates,
  type DayParams,
  type Filters,
} from '../state/filter-state.js';
import { exploreHref, isRememberedQuery, rememberExploreQuery } from '../state/explore-address.js';
import { createTimeline } from '../timeline/timeline-view.js';
import { createEventList } from './event-list.js';
import { loadFailureMessage } from './load-failure.js';
import { exportLinks } from './export-links.js';
import { createFilterBar } from './filter-bar.js';
import { createWatchlistPanel } from './watchlist-panel.js';
import { FIRST_LOAD, PAGE } from './server-pages.js';

let followMap = false;

/**
 * The explore page: filters, the map, the timeline and the list, all driven by one set of filters that
 * lives in the address (`#/?country=IQ&type=Battles`) so a view can be shared or bookmarked.
 *
 * `refused` holds the address's days that are not on the calendar, which the filter bar shows flagged.
 *
 * @example explorePage(document.getElementById('main')!, filtersFromParams(params), refusedDays(params))
 */
export function explorePage(root: HTMLElement, initial: Filters, refused: DayParams = {}): void {
  let filters: Filters = { ...initial };
  if (!followMap) delete filters.bbox;
  const aside = h('aside', { class: 'filters-area' });
  const mapEl = h('div', { class: 'map', id: 'map' });
  const timelineEl = h('div', { class: 'timeline', id: 'timeline' });
  const listEl = h('section', { class: 'list-area', id: 'event-list' });
  // The map's markers are each a stop of the Tab key: a keyboard reader would go through all of them to
  // reach the events. The first stop of the page takes them straight there.
  const skip = h(
    'button',
    { type: 'button', class: 'skip-link', on: { click: () => list.focus() } },
    t('skipToEvents'),
  );
  const page = h(
    'div',
    { class: 'explore' },
    skip,
    aside,
    h('section', { class: 'map-area' }, mapEl, timelineEl),
    listEl,
  );
  // Leaflet measures its container, so the page goes into the document before the map is made.
  replaceChildren(root, page);

  const list = createEventList(listEl, (ids) => map.highlight(ids));
  const downloads = exportLinks();
  // What the page left out of the link it opened at: it stays said while the rest of the link is shown.
  const leftOut = h('div', { class: 'link-notice', role: 'status' });
  listEl.prepend(downloads.element, leftOut);
  const timeline = createTimeline(timelineEl, (range) => {
    filters = { ...withoutDates(filters), ...range };
    bar.show(filters);
    void refresh(!followMap);
  });
  const bar = createFilterBar(aside, {
    initial: filters,
    refused,
    followMap,
    onChange: (next: Filters) => {
      // The bar never hears the map move: while the list follows the map, the page's own box still bounds it.
      filters = { ...next, bbox: filters.bbox };
      if (!filters.bbox) delete filters.bbox;
      // New filters move the map to what they select, unless the list is following the map.
      void refresh(!followMap);
    },
    onFollowMap: (follow: boolean) => {
      followMap = follow;
      filters = { ...filters, bbox: follow ? map.bbox() : undefined };
      if (!follow) delete filters.bbox;
      void refresh();
    },
  });
  const watched = createWatchlistPanel();
  aside.append(watched.element);
  let ticket = 0;
  /** The address this page opened at or last wrote. */
  let address = location.hash;
  let events: StoredEvent[] = [];
  const map = createEventMap(mapEl, {
    onPick: (ids) => list.select(ids),
    onViewChange: (bbox) => {
      if (!followMap) return;
      filters = { ...filters, bbox };
      void refresh();
    },
  });

  async function loadPages(mine: number, cursor: string | null, limit: number): Promise<string | null> {
    let next = cursor;
    let loaded = 0;
    do {
      const res = await listEvents(filters, { limit: PAGE, cursor: next });
      if (mine !== ticket) return null;
      events = events.concat(res.items);
      loaded += res.items.length;
      next = res.next_cursor;
    } while (next && loaded < limit);
    return next;
  }

  function show(next: string | null, mine: number, total?: number, frame = false): void {
    map.setEvents(events, frame);
    // An empty file is no answer: with nothing listed there is nothing to download.
    downloads.element.hidden = events.length === 0;
    list.show(events, next ? () => void more(next, mine, total) : null, total);
    watched.update(filtersToParams(filters).toString());
    page.dataset.state = 'ready';
  }

  /**
   * No list, only a message: the markers and download links of the filters shown before go too, or the
   * map would show, and a download would give, what the message says could not be listed. A list refused
   * for want of a key keeps its links: one clicked asks for the key, as the list does.
   */
  function showNothing(message: string, keyNeeded = false): void {
    map.setEvents([], false);
    downloads.element.hidden = !keyNeeded;
    list.message(message);
  }

  async function more(cursor: string, mine: number, total?: number): Promise<void> {
    const next = await loadPages(mine, cursor, PAGE);
    if (mine === ticket) show(next, mine, total);
  }

  async function refresh(frame = false): Promise<void> {
    // A change that lands after the reader has left (a text field's change event fires on the way out,
    // after the address changed) must not write this page's filters over the address they went to.
    if (!page.isConnected || location.hash !== address) return;
    const mine = ++ticket;
    page.dataset.state = 'loading';
    const query = filtersToParams(filters).toString();
    rememberExploreQuery(query);
    downloads.update(filters);
    history.replaceState(null, '', exploreHref());
    address = location.hash;
    events = [];
    // The API would refuse the range in English; the reader is told in the interface language.
    // The timeline still shows every day, so the reader can drag a range that works.
    if (datesReversed(filters)) {
      showNothing(t('datesReversed'));
      try {
        const stats = await getStats(withoutDates(filters));
        if (mine === ticket) timeline.update(stats.by_day, {});
      } catch (err) {
        console.error(err);
      }
      if (mine === ticket) page.dataset.state = 'error';
      return;
    }
    // Say "loading" only when it takes long enough to notice, so quick refreshes do not flicker.
    const slow = setTimeout(() => mine === ticket && list.message(t('loading')), 300);
    try {
      const [next, stats] = await Promise.all([
        loadPages(mine, null, FIRST_LOAD),
        getStats(withoutDates(filters)),
      ]);
      if (mine !== ticket) return;
      timeline.update(stats.by_day, filters);
      // Only when not everything fits on the map is the exact count worth another request.
      const total = next ? (await getStats(filters)).total : undefined;
      if (mine !== ticket) return;
      show(next, mine, total, frame);
    } catch (err) {
      if (mine !== ticket) return;
      const refused = err instanceof ApiError ? refusedFilter(err.parameter, filters) : null;
      if (refused) return leaveOut(refused, frame);
      map.ensureView();
      showNothing(loadFailureMessage(err), err instanceof ApiError && err.status === 401);
      page.dataset.state = 'error';
    } finally {
      clearTimeout(slow);
    }
  }

  /**
   * Drops a filter the API refused, says so in the interface language (the API's message is English and
   * names its parameter, not the field), and shows what the rest of the filters select.
   */
  function leaveOut(key: keyof Filters, frame: boolean): Promise<void> {
    const value = String(filters[key]);
    leftOut.append(
      h('p', {}, t('linkValueLeftOut', { field: t(FILTER_LABEL[key]), value: shortened(value) })),
    );
    filters = { ...filters };
    delete filters[key];
    bar.show(filters);
    return refresh(frame);
  }

  getStats({})
    .then((all) => {
      bar.setCountries(all.by_country.map((row) => row.key));
    })
    .catch((err: unknown) => console.error(err));
  void refresh(!isRememberedQuery(filtersToParams(filters).toString()));
}

/** A link's value as quoted back to the reader: a long one would push the list down the page. */
function shortened(value: string): string {
  return value.length > 60 ? `${value.slice(0, 59)}…` : value;
}

// esbuild adds this stylesheet to assets/app.css, beside the list it styles.
import './event-list.css';
import type { StoredEvent } from '../api/api-types.js';
import { h, replaceChildren } from '../dom/h.js';
import { formatNumber, t, tn } from '../i18n/locale.js';
import { eventSummary } from './event-summary.js';

export interface EventList {
  /** `total` is the number of matching events when more can be loaded than are shown. */
  show(events: readonly StoredEvent[], more: (() => void) | null, total?: number): void;
  /** Marks events picked on the map and scrolls the first into view. */
  select(ids: readonly string[]): void;
  message(text: string): void;
  /** Moves the keyboard's focus to the list's heading: the next Tab reaches the first event. */
  focus(): void;
}

/**
 * Rows put in the page at a time. All 900 events of the corpus at once were 11,000 elements, whose
 * layout held the explore page back before it was ready; a batch fills a tall screen twice over.
 */
export const ROW_BATCH = 50;
/** The next batch comes when the reader reaches this many rows before the last one put in the page. */
const ROWS_AHEAD = 15;

/**
 * The list beside the map. Hovering a row rings the event on the map; picking on the map selects rows here.
 * Rows are put in the page a batch at a time as the reader scrolls (or tabs) towards the end; each says
 * its place in the whole list (aria-posinset/setsize) so a screen reader still tells "3 of 891".
 *
 * @example const list = createEventList(el, (ids) => map.highlight(ids)); list.show(events, null)
 */
export function createEventList(container: HTMLElement, onHover: (ids: string[]) => void): EventList {
  const heading = h('h2', { class: 'list-heading' });
  // Focusable from a script only (the explore page's skip link), not a stop of the Tab key.
  heading.tabIndex = -1;
  const items = h('ol', { class: 'event-list' });
  const footer = h('div', { class: 'list-footer' });
  replaceChildren(container, heading, items, footer);
  items.addEventListener('pointerover', (ev) => {
    const row = (ev.target as Element).closest<HTMLElement>('[data-id]');
    onHover(row?.dataset.id ? [row.dataset.id] : []);
  });
  items.addEventListener('pointerleave', () => onHover([]));
  // Tabbing reaches the rows faster than the observer below is told of them on a busy machine (it runs after the
  // next frame): a focused row near the end puts the next batch in at once, so the Tab after the last row lands
  // on the next event, not on the button below the list.
  items.addEventListener('focusin', (ev) => {
    const row = (ev.target as Element).closest('li');
    const position = Number(row?.getAttribute('aria-posinset') ?? 0);
    if (position > items.children.length - ROWS_AHEAD && items.children.length < shown.length) addBatch();
  });

  let shown: readonly StoredEvent[] = [];
  let setSize = 0;
  let loadMore: (() => void) | null = null;
  /** Set by the button that asks the server for the next page: the list that comes back extends this one. */
  let askedForMore = false;
  let selected = new Set<string>();
  // Watches a row near the end of those in the page, and the last: once one is scrolled (or focused)
  // into view, the next batch is added. Scrolling inside the list's column or the whole page (a phone) both count.
  const nearEnd = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) addBatch();
  });

  /** Puts the next batch of rows in the page; returns the first one added. */
  function addBatch(): HTMLElement | null {
    return addRows(items.children.length + ROW_BATCH);
  }

  /** Puts rows in the page up to `count`; returns the first one added. */
  function addRows(count: number): HTMLElement | null {
    const from = items.children.length;
    const rows = shown.slice(from, count).map((e, i) => {
      const row = eventSummary(e);
      row.classList.toggle('selected', selected.has(e.id));
      const position = { posinset: String(from + i + 1), setsize: String(setSize) };
      return h('li', { aria: position }, row);
    });
    items.append(...rows);
    nearEnd.disconnect();
    const rendered = items.children.length;
    if (rendered < shown.length) {
      nearEnd.observe(items.children[Math.max(0, rendered - ROWS_AHEAD)]);
      // A jump to the end (the End key, the scroll bar dragged down) passes the row above without showing it.
      nearEnd.observe(items.children[rendered - 1]);
    }
    showFooter();
    return rows[0]?.querySelector('a') ?? null;
  }

  /** One button at the end: the rows already loaded first, then the next page from the server. */
  function showFooter(): void {
    const hidden = items.children.length < shown.length;
    const fetchMore = loadMore;
    const next = hidden
      ? () => addBatch()?.focus()
      : fetchMore &&
        (() => {
          askedForMore = true;
          fetchMore();
        });
    replaceChildren(
      footer,
      shown.length === 0 && h('p', { class: 'empty' }, t('noEvents')),
      next && h('button', { type: 'button', class: 'secondary', on: { click: next } }, t('moreEvents')),
    );
  }

  return {
    show(events, more, total) {
      heading.textContent =
        more && total !== undefined
          ? t('shownOf', { shown: formatNumber(events.length), total: tn('events', total) })
          : tn('events', events.length);
      // Loading the next page keeps the rows the reader has scrolled through; new filters start over.
      const grown = askedForMore && shown.every((e, i) => events[i]?.id === e.id);
      askedForMore = false;
      const keep = grown ? items.children.length : 0;
      shown = events;
      setSize = more && total !== undefined ? total : events.length;
      loadMore = more;
      if (!grown) {
        replaceChildren(items);
        selected = new Set();
        // A new list is read from its top: kept, the old scroll showed the new list's last rows, its count
        // and download links out of sight above. (On a phone the page scrolls, not the list: nothing moves.)
        container.scrollTop = 0;
      }
      for (const row of items.children) row.setAttribute('aria-setsize', String(setSize));
      const first = addRows(keep + ROW_BATCH);
      // The button that loaded them is gone: the keyboard goes on from the first new event.
      if (grown) first?.focus();
    },
    select(ids) {
      selected = new Set(ids);
      const index = shown.findIndex((e) => selected.has(e.id));
      if (index >= items.children.length) addRows(index + ROWS_AHEAD);
      let first: HTMLElement | null = null;
      for (const row of items.querySelectorAll<HTMLElement>('.event-summary')) {
        const on = selected.has(row.dataset.id ?? '');
        row.classList.toggle('selected', on);
        if (on && !first) first = row;
      }
      first?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    },
    focus() {
      heading.focus();
    },
    message(text) {
      heading.textContent = t('events');
      shown = [];
      askedForMore = false;
      nearEnd.disconnect();
      replaceChildren(items);
      replaceChildren(footer, h('p', { class: 'empty' }, text));
    },
  };
}

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
 * The list beside the map. Hovering a row rings the event on the map; picking on the map selects rows here.
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

  return {
    show(events, more, total) {
      heading.textContent =
        more && total !== undefined
          ? t('shownOf', { shown: formatNumber(events.length), total: tn('events', total) })
          : tn('events', events.length);
      replaceChildren(items, ...events.map((e) => h('li', {}, eventSummary(e))));
      replaceChildren(
        footer,
        events.length === 0 && h('p', { class: 'empty' }, t('noEvents')),
        more && h('button', { type: 'button', class: 'secondary', on: { click: more } }, t('moreEvents')),
      );
    },
    select(ids) {
      const rows = items.querySelectorAll<HTMLElement>('.event-summary');
      let first: HTMLElement | null = null;
      for (const row of rows) {
        const on = ids.includes(row.dataset.id ?? '');
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
      replaceChildren(items);
      replaceChildren(footer, h('p', { class: 'empty' }, text));
    },
  };
}

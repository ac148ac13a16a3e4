import type { StoredEvent } from '../api/api-types.js';
import { h } from '../dom/h.js';
import { localName } from '../i18n/entity-name.js';
import { t, tn } from '../i18n/locale.js';
import { typeLabel } from '../i18n/taxonomy-labels.js';
import { eventHref } from '../router.js';

const POPUP_ROWS = 8;

/**
 * Links to the picked events, built as DOM like the tooltips; the list beside the map has them all.
 *
 * @example L.popup().setContent(pickList(events))
 */
export function pickList(items: readonly StoredEvent[]): HTMLElement {
  return h(
    'div',
    { class: 'map-popup' },
    ...items
      .slice(0, POPUP_ROWS)
      .map((e) =>
        h(
          'a',
          { href: eventHref(e.id), class: 'map-popup-row' },
          h('bdi', {}, typeLabel(e.event_type?.value ?? '—')),
          ' · ',
          h('bdi', {}, e.location ? localName(e.location) : t('unknownPlace')),
          ' · ',
          dateLabel(e),
        ),
      ),
    items.length > POPUP_ROWS && h('span', { class: 'muted' }, tn('events', items.length)),
  );
}

/**
 * Tooltip content built as DOM: Leaflet would parse a string as HTML, and place names come from articles.
 *
 * @example marker.bindTooltip(tooltipOf([event]))
 */
export function tooltipOf(items: readonly StoredEvent[]): HTMLElement {
  const first = items[0];
  const place = first.location ? localName(first.location) : t('unknownPlace');
  if (items.length > 1) {
    const onePlace = new Set(items.map((e) => e.location?.name)).size === 1;
    return h(
      'div',
      { dir: 'auto' },
      onePlace && h('bdi', {}, place),
      onePlace && ' — ',
      tn('eventsHere', items.length),
    );
  }
  return h(
    'div',
    { dir: 'auto' },
    h('strong', {}, typeLabel(first.event_type?.value ?? '')),
    ' · ',
    h('bdi', {}, place),
    first.date && ' · ',
    first.date && dateLabel(first),
  );
}

// An ISO date laid out left to right: in an Arabic line, bidi would otherwise show 2024-03-12 as 12-03-2024.
function dateLabel(e: StoredEvent): HTMLElement | string {
  return e.date ? h('bdi', { dir: 'ltr' }, e.date.value) : t('unknownDate');
}

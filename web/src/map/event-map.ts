import L from 'leaflet';
import type { StoredEvent } from '../api/api-types.js';
import { h } from '../dom/h.js';
import { t, tn } from '../i18n/locale.js';
import { typeLabel } from '../i18n/taxonomy-labels.js';
import { eventHref } from '../router.js';
import { addBasemap } from './basemap.js';
import { clusterByGrid } from './grid-clusterer.js';
import { colourOf, typeMixGradient } from './type-colours.js';
import { addTypeLegend } from './type-legend.js';

export interface EventMapHandlers {
  /** Events the user picked on the map (one marker, or a cluster that cannot be split further). */
  onPick(ids: string[]): void;
  /** The visible area changed: [west, south, east, north]. */
  onViewChange(bbox: [number, number, number, number]): void;
}

export interface EventMap {
  setEvents(events: readonly StoredEvent[]): void;
  /** Rings the events' positions, e.g. while the pointer is over their rows in the list. */
  highlight(ids: readonly string[]): void;
  bbox(): [number, number, number, number];
}

const CELL_PX = 44;
const MAX_ZOOM = 12;
/** Survives re-rendering (a language switch, a trip to an event page) so the reader keeps their place. */
let lastView: { center: L.LatLng; zoom: number } | null = null;

/**
 * The explore page's map: an offline basemap, events coloured by type, grid clusters that split as you
 * zoom. The container is kept left-to-right so Leaflet's pixel maths hold in an Arabic interface.
 *
 * @example const map = createEventMap(el, { onPick: (ids) => list.select(ids), onViewChange: () => {} })
 */
export function createEventMap(container: HTMLElement, handlers: EventMapHandlers): EventMap {
  container.dir = 'ltr';
  const map = L.map(container, { zoomSnap: 1, maxZoom: MAX_ZOOM, minZoom: 1, worldCopyJump: true });
  map.attributionControl.addAttribution('Natural Earth');
  map.setView(lastView?.center ?? [28, 40], lastView?.zoom ?? 3);
  addBasemap(map).catch((err: unknown) => console.error(err));
  addTypeLegend(map);
  const markers = L.layerGroup().addTo(map);
  const rings = L.layerGroup().addTo(map);
  let located: StoredEvent[] = [];

  const bbox = (): [number, number, number, number] => {
    const b = map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  };

  function draw(): void {
    markers.clearLayers();
    const zoom = map.getZoom();
    const points = located.map((e) => {
      const p = map.project([e.location!.lat!, e.location!.lon!], zoom);
      return { x: p.x, y: p.y, item: e };
    });
    for (const cluster of clusterByGrid(points, CELL_PX)) {
      const at = map.unproject([cluster.x, cluster.y], zoom);
      markers.addLayer(
        cluster.items.length === 1 ? pointMarker(cluster.items[0], at) : clusterMarker(cluster.items, at),
      );
    }
  }

  function pointMarker(e: StoredEvent, at: L.LatLng): L.Layer {
    const marker = L.circleMarker(at, {
      className: 'event-marker',
      radius: 7,
      color: '#fff',
      weight: 1.5,
      fillColor: colourOf(e.event_type?.value),
      fillOpacity: 0.95,
    });
    marker.bindTooltip(tooltipOf([e]));
    // The path exists only once the marker is on the map; the id lets tests and tools find an event's point.
    marker.on('add', () => marker.getElement()?.setAttribute('data-id', e.id));
    marker.on('click', () => {
      handlers.onPick([e.id]);
      L.popup({ maxWidth: 320 })
        .setLatLng(at)
        .setContent(pickList([e]))
        .openOn(map);
    });
    return marker;
  }

  function clusterMarker(items: StoredEvent[], at: L.LatLng): L.Layer {
    const badge = h('span', { class: 'cluster-count' }, String(items.length));
    const ring = h('div', { class: 'cluster', data: { count: String(items.length) } }, badge);
    ring.style.background = typeMixGradient(items.map((e) => e.event_type?.value));
    const size = Math.min(48, 24 + Math.round(Math.log2(items.length) * 5));
    const marker = L.marker(at, {
      icon: L.divIcon({ html: ring, className: 'cluster-icon', iconSize: [size, size] }),
      keyboard: true,
    });
    marker.bindTooltip(tooltipOf(items));
    marker.on('click', () => {
      const bounds = L.latLngBounds(items.map((e) => [e.location!.lat!, e.location!.lon!]));
      const samePlace = bounds.getNorthEast().equals(bounds.getSouthWest());
      if (samePlace || map.getZoom() >= MAX_ZOOM) {
        handlers.onPick(items.map((e) => e.id));
        L.popup({ maxWidth: 320 }).setLatLng(at).setContent(pickList(items)).openOn(map);
      } else map.fitBounds(bounds.pad(0.3), { maxZoom: MAX_ZOOM });
    });
    return marker;
  }

  map.on('zoomend', draw);
  map.on('moveend', () => {
    lastView = { center: map.getCenter(), zoom: map.getZoom() };
    handlers.onViewChange(bbox());
  });

  return {
    setEvents(events) {
      located = events.filter((e) => e.location?.lat != null && e.location?.lon != null);
      if (!lastView && located.length > 0) {
        // First visit: frame the data rather than the world; afterwards the reader's own view is kept.
        map.fitBounds(L.latLngBounds(located.map((e) => [e.location!.lat!, e.location!.lon!])).pad(0.2), {
          maxZoom: 6,
          animate: false,
        });
      }
      draw();
    },
    highlight(ids) {
      rings.clearLayers();
      for (const e of located.filter((x) => ids.includes(x.id))) {
        L.circleMarker([e.location!.lat!, e.location!.lon!], {
          radius: 13,
          color: '#111',
          weight: 3,
          fill: false,
          interactive: false,
          className: 'event-ring',
        }).addTo(rings);
      }
    },
    bbox,
  };
}

const POPUP_ROWS = 8;

/** Links to the picked events, built as DOM like the tooltips; the list beside the map has them all. */
function pickList(items: readonly StoredEvent[]): HTMLElement {
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
          h('bdi', {}, e.location?.name ?? t('unknownPlace')),
          ' · ',
          e.date?.value ?? t('unknownDate'),
        ),
      ),
    items.length > POPUP_ROWS && h('span', { class: 'muted' }, tn('events', items.length)),
  );
}

/** Tooltip content built as DOM (Leaflet would parse a string as HTML; place names come from articles). */
function tooltipOf(items: readonly StoredEvent[]): HTMLElement {
  const first = items[0];
  const place = first.location?.name ?? t('unknownPlace');
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
    first.date ? ` · ${first.date.value}` : '',
  );
}

// esbuild adds this stylesheet to assets/app.css, beside the map it styles.
import './event-map.css';
import L from 'leaflet';
import type { StoredEvent } from '../api/api-types.js';
import { h } from '../dom/h.js';
import { localName } from '../i18n/entity-name.js';
import { addBasemap } from './basemap.js';
import { markerStyle } from './marker-style.js';
import { clusterByGrid } from './grid-clusterer.js';
import { typeMixGradient } from './type-colours.js';
import { pickList, tooltipOf } from './map-labels.js';
import { addTypeLegend } from './type-legend.js';

export interface EventMapHandlers {
  /** Events the user picked on the map (one marker, or a cluster that cannot be split further). */
  onPick(ids: string[]): void;
  /** The visible area changed: [west, south, east, north]. */
  onViewChange(bbox: [number, number, number, number]): void;
}

export interface EventMap {
  /** Draws these events; `frame` moves the view to them (after the reader changed the filters). */
  setEvents(events: readonly StoredEvent[], frame?: boolean): void;
  /** Rings the events' positions, e.g. while the pointer is over their rows in the list. */
  highlight(ids: readonly string[]): void;
  bbox(): [number, number, number, number];
  /** Gives the map the default view if no events came to frame one (their load failed). */
  ensureView(): void;
}

/** @example shortCount(1234) === '1.2k' — four digits do not fit in a cluster's badge. */
function shortCount(n: number): string {
  return n < 1000 ? String(n) : `${Math.floor(n / 100) / 10}k`;
}

/** An event with coordinates, and where it goes on the map. */
interface Located {
  event: StoredEvent;
  at: L.LatLngTuple;
}

const CELL_PX = 44;
const MAX_ZOOM = 12;
const LABEL_ZOOM = 8;
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
  // On a first visit the view waits for the events, which frame it: a default view set now would be
  // drawn (basemap and all) and then thrown away by that framing.
  let hasView = false;
  // Not whenReady: 'load' comes after the first moveend, whose handler reads the view (bbox).
  map.once('viewprereset', () => (hasView = true));
  if (lastView) map.setView(lastView.center, lastView.zoom);
  const ensureView = (): void => {
    if (!hasView) map.setView([28, 40], 3);
  };
  addBasemap(map).catch((err: unknown) => console.error(err));
  const legend = addTypeLegend(map);
  const markers = L.layerGroup().addTo(map);
  const rings = L.layerGroup().addTo(map);
  let located: Located[] = [];
  const openPicks = (items: StoredEvent[], at: L.LatLng): void => {
    handlers.onPick(items.map((e) => e.id));
    L.popup({ maxWidth: 320 }).setLatLng(at).setContent(pickList(items)).openOn(map);
  };

  const bbox = (): [number, number, number, number] => {
    ensureView();
    const b = map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  };

  /** Counts draws, so setEvents can tell whether moving the view has drawn its markers already. */
  let draws = 0;
  function draw(): void {
    draws++;
    markers.clearLayers();
    const zoom = map.getZoom();
    const points = located.map(({ event, at }) => {
      const p = map.project(at, zoom);
      return { x: p.x, y: p.y, item: event };
    });
    for (const cluster of clusterByGrid(points, CELL_PX)) {
      const at = map.unproject([cluster.x, cluster.y], zoom);
      markers.addLayer(
        cluster.items.length === 1 ? pointMarker(cluster.items[0], at) : clusterMarker(cluster.items, at),
      );
    }
  }

  /**
   * Close in, the basemap has no towns: the place name labels a point, or a cluster whose events are all
   * at one place, so the reader keeps their bearings. False when there is no one place to name.
   */
  function labelPlace(marker: L.Layer, items: readonly StoredEvent[]): boolean {
    const place = items[0]?.location;
    if (map.getZoom() < LABEL_ZOOM || !place?.name) return false;
    if (items.some((e) => e.location?.name !== place.name)) return false;
    marker.bindTooltip(h('bdi', {}, localName(place)), {
      permanent: true,
      direction: 'right',
      className: 'place-label',
    });
    return true;
  }

  function pointMarker(e: StoredEvent, at: L.LatLng): L.Layer {
    const marker = L.circleMarker(at, markerStyle(e));
    if (!labelPlace(marker, [e])) marker.bindTooltip(tooltipOf([e]));
    // The path exists only once the marker is on the map; the id lets tests and tools find an event's point.
    marker.on('add', () => marker.getElement()?.setAttribute('data-id', e.id));
    marker.on('click', () => openPicks([e], at));
    return marker;
  }

  function clusterMarker(items: StoredEvent[], at: L.LatLng): L.Layer {
    const badge = h('span', { class: 'cluster-count' }, shortCount(items.length));
    const ring = h('div', { class: 'cluster', data: { count: String(items.length) } }, badge);
    ring.style.background = typeMixGradient(items.map((e) => e.event_type?.value));
    const size = Math.min(48, 24 + Math.round(Math.log2(items.length) * 5));
    const marker = L.marker(at, {
      icon: L.divIcon({
        html: ring,
        className: 'cluster-icon',
        iconSize: [size, size],
        // A place label starts at the ring's edge, not over its count.
        tooltipAnchor: [size / 2, 0],
      }),
      keyboard: true,
    });
    if (!labelPlace(marker, items)) marker.bindTooltip(tooltipOf(items));
    marker.on('click', () => {
      const ids = new Set(items.map((e) => e.id));
      const bounds = L.latLngBounds(located.filter((l) => ids.has(l.event.id)).map((l) => l.at));
      const samePlace = bounds.getNorthEast().equals(bounds.getSouthWest());
      if (samePlace || map.getZoom() >= MAX_ZOOM) openPicks(items, at);
      else map.fitBounds(bounds.pad(0.3), { maxZoom: MAX_ZOOM });
    });
    return marker;
  }

  map.on('zoomend', draw);
  map.on('moveend', () => {
    lastView = { center: map.getCenter(), zoom: map.getZoom() };
    handlers.onViewChange(bbox());
  });

  return {
    setEvents(events, frame = false) {
      located = events.flatMap((event) => {
        const { lat, lon } = event.location ?? {};
        return lat != null && lon != null ? [{ event, at: [lat, lon] as L.LatLngTuple }] : [];
      });
      const drawsBefore = draws;
      if ((frame || !lastView) && located.length > 0) {
        // Frame the data on a first visit and when the filters change; otherwise keep the reader's view.
        // Framed above the legend, so no point it frames is hidden under the legend in the bottom corner.
        map.fitBounds(L.latLngBounds(located.map((l) => l.at)).pad(0.2), {
          maxZoom: 8,
          animate: false,
          paddingBottomRight: [0, legendRoom(container, legend)],
        });
      }
      ensureView();
      // A framing that changed the zoom has drawn them (zoomend); drawing again would build every marker twice.
      if (draws === drawsBefore) draw();
    },
    highlight(ids) {
      rings.clearLayers();
      for (const { at } of located.filter((l) => ids.includes(l.event.id))) {
        L.circleMarker(at, {
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
    ensureView,
  };
}

/** Room a marker needs beside the legend's edge: the largest cluster's radius. */
const MARKER_CLEARANCE = 24;

/**
 * How far up from the map's foot the legend reaches, plus a marker's clearance: the strip a framed view
 * keeps free of points. At most half the map, so a short map still frames its points at a useful zoom.
 */
function legendRoom(container: HTMLElement, legend: HTMLElement): number {
  const map = container.getBoundingClientRect();
  const room = map.bottom - legend.getBoundingClientRect().top + MARKER_CLEARANCE;
  return Math.round(Math.max(0, Math.min(room, map.height / 2)));
}

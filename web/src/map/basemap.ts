import L from 'leaflet';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { unwrapAntimeridian } from './antimeridian.js';
import { scaleForZoom, type Scale } from './basemap-scale.js';

/** Each scale is loaded once per visit: re-rendering the page (a language switch) must not fetch and parse it again. */
const loaded = new Map<Scale, Promise<FeatureCollection>>();

async function fetchCountries(scale: Scale): Promise<FeatureCollection> {
  const res = await fetch(`assets/countries-${scale}.json`);
  if (!res.ok) throw new Error(`basemap: HTTP ${res.status}`);
  const topology = (await res.json()) as Topology<{ countries: GeometryCollection }>;
  return unwrapAntimeridian(feature(topology, topology.objects.countries));
}

function countries(scale: Scale): Promise<FeatureCollection> {
  let shapes = loaded.get(scale);
  if (!shapes) {
    shapes = fetchCountries(scale);
    // A failed fetch is tried again at the next zoom, not remembered.
    shapes.catch(() => loaded.delete(scale));
    loaded.set(scale, shapes);
  }
  return shapes;
}

/**
 * Draws Natural Earth country shapes (world-atlas) as the map's only background layer, in a pane of its
 * own below the events: it arrives after the first markers and must never be drawn over them. The scale
 * follows the zoom (see DETAILED_FROM_ZOOM); the shown one stays until the other is drawn, so the map
 * never goes blank. The container gets `data-basemap="ready"` once drawn.
 *
 * @example await addBasemap(map)
 */
export async function addBasemap(map: L.Map): Promise<void> {
  const pane = map.createPane('basemap');
  pane.style.zIndex = '250';
  // Thousands of border vertices: one canvas redraws faster on zoom than as many SVG paths. Both scales
  // share it, so the pane holds one canvas whichever is shown.
  const renderer = L.canvas({ pane: 'basemap' });
  // GeoJSON hands these options to every polygon, renderer included (its typings omit the path options).
  const options: L.GeoJSONOptions & L.PathOptions = {
    pane: 'basemap',
    renderer,
    interactive: false,
    style: { color: '#a59f8f', weight: 0.7, fillColor: '#f3efe6', fillOpacity: 1 },
  };
  const layers = new Map<Scale, L.GeoJSON>();
  let shown: Scale | null = null;

  async function show(scale: Scale): Promise<void> {
    const shapes = await countries(scale);
    // The reader may have zoomed across the threshold again while these loaded.
    if (scale !== scaleForZoom(map.getZoom()) || scale === shown) return;
    let layer = layers.get(scale);
    if (!layer) layers.set(scale, (layer = L.geoJSON(shapes, options)));
    layer.addTo(map);
    if (shown) layers.get(shown)?.remove();
    shown = scale;
  }

  // No view yet (the explore page sets it once its events are in): wait for it, to draw once.
  await new Promise<void>((resolve) => map.whenReady(() => resolve()));
  map.on('zoomend', () => {
    show(scaleForZoom(map.getZoom())).catch((err: unknown) => console.error(err));
  });
  await show(scaleForZoom(map.getZoom()));
  map.getContainer().dataset.basemap = 'ready';
}

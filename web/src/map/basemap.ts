import L from 'leaflet';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { unwrapAntimeridian } from './antimeridian.js';

/** Copied next to the bundle by web/build/build-web.ts; served by marsad itself, so no tile server. */
const BASEMAP_URL = 'assets/countries-50m.json';

/** Loaded once per visit: re-rendering the page (a language switch) must not fetch and parse it again. */
let countries: Promise<FeatureCollection> | null = null;

async function loadCountries(): Promise<FeatureCollection> {
  const res = await fetch(BASEMAP_URL);
  if (!res.ok) {
    countries = null;
    throw new Error(`basemap: HTTP ${res.status}`);
  }
  const topology = (await res.json()) as Topology<{ countries: GeometryCollection }>;
  return unwrapAntimeridian(feature(topology, topology.objects.countries));
}

/**
 * Draws Natural Earth country shapes (world-atlas, 1:50m) as the map's only background layer, in a pane
 * of its own below the events: it arrives after the first markers and must never be drawn over them.
 * The container gets `data-basemap="ready"` once drawn.
 *
 * @example await addBasemap(map)
 */
export async function addBasemap(map: L.Map): Promise<void> {
  const pane = map.createPane('basemap');
  pane.style.zIndex = '250';
  countries ??= loadCountries();
  // GeoJSON hands these options to every polygon, renderer included (its typings omit the path options).
  const options: L.GeoJSONOptions & L.PathOptions = {
    pane: 'basemap',
    // Thousands of border vertices: one canvas redraws faster on zoom than as many SVG paths.
    renderer: L.canvas({ pane: 'basemap' }),
    interactive: false,
    style: { color: '#a59f8f', weight: 0.7, fillColor: '#f3efe6', fillOpacity: 1 },
  };
  L.geoJSON(await countries, options).addTo(map);
  map.getContainer().dataset.basemap = 'ready';
}

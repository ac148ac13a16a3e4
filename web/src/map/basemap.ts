import L from 'leaflet';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

/** Copied next to the bundle by web/build/build-web.ts; served by marsad itself, so no tile server. */
const BASEMAP_URL = 'assets/countries-50m.json';

/**
 * Draws Natural Earth country shapes (world-atlas, 1:50m) as the map's only background layer.
 *
 * @example await addBasemap(map)
 */
export async function addBasemap(map: L.Map): Promise<void> {
  const res = await fetch(BASEMAP_URL);
  if (!res.ok) throw new Error(`basemap: HTTP ${res.status}`);
  const topology = (await res.json()) as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries);
  L.geoJSON(countries, {
    interactive: false,
    style: { color: '#a59f8f', weight: 0.7, fillColor: '#f3efe6', fillOpacity: 1 },
  }).addTo(map);
}

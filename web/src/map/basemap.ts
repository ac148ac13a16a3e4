import L from 'leaflet';
import { feature } from 'topojson-client';
import type { Feature } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { remembered } from '../state/remembered.js';
import { unwrapAntimeridian } from './antimeridian.js';
import { scaleForZoom, type Scale } from './basemap-scale.js';

/** A scale's topology and its countries as GeoJSON, converted one by one as they are first needed. */
interface Countries {
  topology: Topology<{ countries: GeometryCollection }>;
  shapes: Feature[];
}

/** Each scale is loaded once per visit: re-rendering the page (a language switch) must not fetch and parse it again. */
const loaded = new Map<Scale, Promise<Countries>>();

async function fetchCountries(scale: Scale): Promise<Countries> {
  const res = await fetch(`assets/countries-${scale}.json`);
  if (!res.ok) throw new Error(`basemap: HTTP ${res.status}`);
  return { topology: (await res.json()) as Countries['topology'], shapes: [] };
}

/** A failed fetch is tried again at the next zoom, not remembered. */
function countries(scale: Scale): Promise<Countries> {
  return remembered(loaded, scale, () => fetchCountries(scale));
}

/** The i-th country of the scale, unwrapped across the antimeridian, converted once per visit. */
function countryShape(all: Countries, i: number): Feature {
  return (all.shapes[i] ??= unwrapAntimeridian({
    type: 'FeatureCollection',
    // world-atlas's countries are polygons and multipolygons: each converts to one feature, not a collection.
    features: [feature(all.topology, all.topology.objects.countries.geometries[i]!) as Feature],
  }).features[0]!);
}

/** A scale's layer and how many of its countries are in it yet. */
interface Building {
  layer: L.GeoJSON;
  countries: Countries;
  added: number;
}

/**
 * Puts the scale's next countries in its layer while `goOn()` says so; true once all are in. Country by
 * country, so the work can be spread over the moments the browser has nothing else to do.
 */
function addCountries(building: Building, goOn: () => boolean): boolean {
  const total = building.countries.topology.objects.countries.geometries.length;
  while (building.added < total && goOn()) {
    building.layer.addData(countryShape(building.countries, building.added++));
  }
  return building.added === total;
}

/**
 * Draws Natural Earth country shapes (world-atlas) as the map's only background layer, in a pane of its
 * own below the events: it arrives after the first markers and must never be drawn over them. The scale
 * follows the zoom (see DETAILED_FROM_ZOOM); the shown one stays until the other is drawn, so the map
 * never goes blank. The container gets `data-basemap="ready"` once drawn, and `data-basemap-scale` says
 * which scale is shown.
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
  const layers = new Map<Scale, Promise<Building>>();
  let shown: Scale | null = null;

  function layerOf(scale: Scale): Promise<Building> {
    return remembered(layers, scale, () =>
      countries(scale).then((all) => ({ layer: L.geoJSON(undefined, options), countries: all, added: 0 })),
    );
  }

  async function show(scale: Scale): Promise<void> {
    const building = await layerOf(scale);
    // The reader may have zoomed across the threshold again while these loaded.
    if (scale !== scaleForZoom(map.getZoom()) || scale === shown) return;
    // Whatever was not made while the browser was idle is made now, at once.
    addCountries(building, () => true);
    building.layer.addTo(map);
    if (shown) void layers.get(shown)?.then((old) => old.layer.remove());
    shown = scale;
    map.getContainer().dataset.basemapScale = scale;
  }

  // No view yet (the explore page sets it once its events are in): wait for it, to draw once.
  await new Promise<void>((resolve) => map.whenReady(() => resolve()));
  map.on('zoomend', () => {
    show(scaleForZoom(map.getZoom())).catch((err: unknown) => console.error(err));
  });
  const first = scaleForZoom(map.getZoom());
  await show(first);
  map.getContainer().dataset.basemap = 'ready';
  // The other scale is fetched and made, a few countries at a time, while the browser has nothing else
  // to do: the first zoom across the threshold then only draws it. Made at that zoom, 1:50m held the
  // page still for over a second (measured on the corpus database).
  const other = await layerOf(first === '50m' ? '110m' : '50m');
  whenIdle(function slice(timeLeft) {
    if (!addCountries(other, () => timeLeft() > 1)) whenIdle(slice);
  });
}

/** Runs `task` when the browser is idle, telling it how many milliseconds it may take. */
function whenIdle(task: (timeLeft: () => number) => void): void {
  if ('requestIdleCallback' in window) {
    requestIdleCallback((deadline) => task(() => deadline.timeRemaining()));
    return;
  }
  // Safari has no requestIdleCallback: short slices after a pause stand in for it.
  setTimeout(() => {
    const end = performance.now() + 8;
    task(() => end - performance.now());
  }, 50);
}

import type { FeatureCollection, Geometry, Position } from 'geojson';

/** A point this close to a pole lies on the map's top or bottom edge, where a jump in longitude is harmless. */
const POLAR = 89;

/**
 * A ring whose longitude jumps by more than half the world between two points crosses the antimeridian.
 * Leaflet draws such a jump as a line straight across the map, so each later point is shifted by ±360°
 * to keep the ring continuous (Chukotka drawn at 190°E, not a stripe along 66°N). A ring that ends shifted
 * goes round a pole (Antarctica's coast): it is closed along that pole, at the map's edge, instead of back
 * across the whole map.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  if (ring.length === 0) return [];
  let offset = 0;
  const out: Position[] = [ring[0]!];
  for (let i = 1; i < ring.length; i++) {
    const [lon, lat] = ring[i]!;
    const [prevLon, prevLat] = ring[i - 1]!;
    const alongPole = Math.abs(lat!) > POLAR && Math.abs(prevLat!) > POLAR;
    if (!alongPole && lon! - prevLon! > 180) offset -= 360;
    else if (!alongPole && lon! - prevLon! < -180) offset += 360;
    out.push([lon! + offset, lat!]);
  }
  if (offset !== 0) {
    const pole = out.reduce((sum, p) => sum + p[1]!, 0) < 0 ? -90 : 90;
    out.push([out[out.length - 1]![0]!, pole], [ring[0]![0]!, pole]);
  }
  return out;
}

function unwrapGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
    default:
      return geometry;
  }
}

/** Every polygon of the collection with its rings made continuous across the antimeridian (unwrapRing). */
export function unwrapAntimeridian(collection: FeatureCollection): FeatureCollection {
  return {
    ...collection,
    features: collection.features.map((f) => ({
      ...f,
      geometry: f.geometry && unwrapGeometry(f.geometry),
    })),
  };
}

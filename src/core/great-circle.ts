/**
 * Great-circle distance in kilometres (haversine on a 6,371 km sphere): the one distance every stage, importer
 * and bench measures places with, so a radius means the same thing everywhere.
 *
 * @example Math.round(distanceKm(32.89, 13.19, 34.43, 35.84)) // ≈ 2,100 km: the two Tripolis
 */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(a));
}

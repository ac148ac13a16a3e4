/** A point already projected to screen pixels at the current zoom. */
export interface PixelPoint<T> {
  x: number;
  y: number;
  item: T;
}

export interface Cluster<T> {
  /** Mean position of the members, so the marker sits where the events are, not at the cell corner. */
  x: number;
  y: number;
  items: T[];
}

/**
 * Groups points that fall in the same `cellSize`-pixel square. Linear in the number of points, so the map
 * can recluster on every zoom without a spatial index; order of clusters follows first appearance.
 *
 * @example
 * clusterByGrid([{ x: 1, y: 1, item: 'a' }, { x: 5, y: 3, item: 'b' }, { x: 90, y: 1, item: 'c' }], 40)
 * // [{ x: 3, y: 2, items: ['a', 'b'] }, { x: 90, y: 1, items: ['c'] }]
 */
export function clusterByGrid<T>(points: readonly PixelPoint<T>[], cellSize: number): Cluster<T>[] {
  if (!(cellSize > 0)) throw new RangeError(`cellSize must be positive, got ${cellSize}`);
  const cells = new Map<string, { sx: number; sy: number; items: T[] }>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cellSize)}:${Math.floor(p.y / cellSize)}`;
    const cell = cells.get(key);
    if (cell) {
      cell.sx += p.x;
      cell.sy += p.y;
      cell.items.push(p.item);
    } else {
      cells.set(key, { sx: p.x, sy: p.y, items: [p.item] });
    }
  }
  return [...cells.values()].map((c) => ({
    x: c.sx / c.items.length,
    y: c.sy / c.items.length,
    items: c.items,
  }));
}

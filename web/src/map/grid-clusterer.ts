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
 * Groups points that fall in the same `cellSize`-pixel square, then merges clusters whose centres are
 * closer than one cell, so no two badges overlap. Linear in the points, so the map can recluster on every
 * zoom without a spatial index; larger clusters come first.
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
  return mergeNeighbours([...cells.values()], cellSize).map((c) => ({
    x: c.sx / c.items.length,
    y: c.sy / c.items.length,
    items: c.items,
  }));
}

interface Sums<T> {
  sx: number;
  sy: number;
  items: T[];
}

/**
 * Two points either side of a cell edge would otherwise draw two badges on top of each other: clusters
 * whose centres are closer than `distance` are merged, larger ones first, until none are. Quadratic in
 * the number of clusters, which the grid has already made small (at most one per cell on screen).
 */
function mergeNeighbours<T>(clusters: Sums<T>[], distance: number): Sums<T>[] {
  const alive = [...clusters].sort((a, b) => b.items.length - a.items.length);
  const close = (a: Sums<T>, b: Sums<T>): boolean =>
    Math.hypot(a.sx / a.items.length - b.sx / b.items.length, a.sy / a.items.length - b.sy / b.items.length) <
    distance;
  // Passes over all pairs until one merges nothing; a merge moves a centre, so one pass may not be enough.
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < alive.length; i++) {
      for (let j = i + 1; j < alive.length;) {
        const [a, b] = [alive[i], alive[j]];
        if (!close(a, b)) {
          j++;
          continue;
        }
        alive[i] = { sx: a.sx + b.sx, sy: a.sy + b.sy, items: [...a.items, ...b.items] };
        alive.splice(j, 1);
        changed = true;
      }
    }
  }
  return alive;
}

import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { clusterByGrid } from './grid-clusterer.js';

describe('grid clusterer', () => {
  it('merges points in one cell and places the cluster at their mean', () => {
    const clusters = clusterByGrid(
      [
        { x: 1, y: 1, item: 'a' },
        { x: 5, y: 3, item: 'b' },
        { x: 90, y: 1, item: 'c' },
      ],
      40,
    );
    expect(clusters).toEqual([
      { x: 3, y: 2, items: ['a', 'b'] },
      { x: 90, y: 1, items: ['c'] },
    ]);
  });

  it('merges points either side of a cell edge, whose badges would overlap', () => {
    const clusters = clusterByGrid(
      [
        { x: 39, y: 0, item: 1 },
        { x: 41, y: 0, item: 2 },
        { x: -30, y: 0, item: 3 },
      ],
      40,
    );
    expect(clusters).toEqual([
      { x: 40, y: 0, items: [1, 2] },
      { x: -30, y: 0, items: [3] },
    ]);
  });

  it('keeps clusters a cell or more apart separate', () => {
    const clusters = clusterByGrid(
      [
        { x: 0, y: 0, item: 1 },
        { x: 41, y: 0, item: 2 },
        { x: 0, y: 45, item: 3 },
      ],
      40,
    );
    expect(clusters).toHaveLength(3);
  });

  it('leaves no two clusters closer than a cell', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 400 }) })),
        (coords) => {
          const clusters = clusterByGrid(
            coords.map((c, i) => ({ ...c, item: i })),
            40,
          );
          for (const [i, a] of clusters.entries()) {
            for (const b of clusters.slice(i + 1))
              expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(40);
          }
        },
      ),
    );
  });

  it('rejects a cell size that is not positive', () => {
    expect(() => clusterByGrid([], 0)).toThrow(RangeError);
  });

  it('never loses or duplicates a point', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }),
        ),
        fc.integer({ min: 1, max: 200 }),
        (coords, size) => {
          const points = coords.map((c, i) => ({ ...c, item: i }));
          const items = clusterByGrid(points, size).flatMap((c) => c.items);
          expect(items.sort((a, b) => a - b)).toEqual(points.map((p) => p.item));
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { packedMap } from './packed-map.js';

describe('packedMap', () => {
  it('maps every item in order', () => {
    expect(packedMap(['kill', 'shell', 'raid'], (w) => w.length)).toEqual([4, 5, 4]);
  });

  it('gives an empty array for no items', () => {
    expect(packedMap([], (w: string) => w)).toEqual([]);
  });
});

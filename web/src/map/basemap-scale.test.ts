import { describe, expect, it } from 'vitest';
import { DETAILED_FROM_ZOOM, scaleForZoom } from './basemap-scale.js';

describe('scaleForZoom', () => {
  it('draws the world and continents from the coarse shapes', () => {
    expect(scaleForZoom(1)).toBe('110m');
    expect(scaleForZoom(DETAILED_FROM_ZOOM - 1)).toBe('110m');
  });

  it('draws the detailed shapes from the threshold in, so borders hold up close', () => {
    expect(scaleForZoom(DETAILED_FROM_ZOOM)).toBe('50m');
    expect(scaleForZoom(12)).toBe('50m');
  });
});

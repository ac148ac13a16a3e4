import { describe, it, expect } from 'vitest';
import type { StoredEvent } from '../api/api-types.js';
import { markerStyle } from './marker-style.js';

const at = (precision: 'town' | 'region' | 'country') =>
  ({
    event_type: { value: 'Battles', spans: [] },
    location: { name: 'X', country: 'SY', lat: 33, lon: 36, precision, entity_id: null, spans: [] },
  }) as unknown as StoredEvent;

describe('marker style', () => {
  it('fills the point of an incident placed at a town in its type colour', () => {
    expect(markerStyle(at('town'))).toMatchObject({ fillColor: '#D55E00', fillOpacity: 0.95 });
    expect(markerStyle(at('town')).dashArray).toBeUndefined();
  });

  it.each(['region', 'country'] as const)('draws a point known only at %s level hollow and dashed', (p) => {
    expect(markerStyle(at(p))).toMatchObject({ color: '#D55E00', fillOpacity: 0.2, dashArray: '3 2' });
  });
});

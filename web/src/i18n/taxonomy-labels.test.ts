import { describe, expect, it } from 'vitest';
import { STRINGS } from './strings.js';
import { entityKindLabel, removedKindLabel } from './taxonomy-labels.js';

describe('labels of removed text', () => {
  it('names what was removed, even when the cleaner could not say which kind it was', () => {
    expect(removedKindLabel('related-links')).toBe('related links');
    // 'Removed: other' left the reader asking other than what.
    expect(removedKindLabel('other')).toBe('other boilerplate');
  });
});

describe('the Arabic words for how large a place is', () => {
  it('call a district an area (not a neighbourhood) and a region a province, alike wherever they are shown', () => {
    // The precision beside an event's place, and the kind of a place on its own page.
    expect(STRINGS.ar.district).toBe('منطقة');
    expect(entityKindLabel('district', 'ar')).toBe(STRINGS.ar.district);
    expect(entityKindLabel('region', 'ar')).toBe(STRINGS.ar.region);
    // The map legend's "region or country only" speaks of the region by the same word.
    expect(STRINGS.ar.coarsePlace).toContain(`ال${STRINGS.ar.region}`);
  });
});

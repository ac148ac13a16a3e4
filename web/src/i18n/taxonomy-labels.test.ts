import { describe, expect, it } from 'vitest';
import { removedKindLabel } from './taxonomy-labels.js';

describe('labels of removed text', () => {
  it('names what was removed, even when the cleaner could not say which kind it was', () => {
    expect(removedKindLabel('related-links')).toBe('related links');
    // 'Removed: other' left the reader asking other than what.
    expect(removedKindLabel('other')).toBe('other boilerplate');
  });
});

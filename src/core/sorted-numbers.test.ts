import { describe, expect, it } from 'vitest';
import { lastAtOrBefore } from './sorted-numbers.js';

describe('lastAtOrBefore', () => {
  it('finds the last number at or before the value', () => {
    expect(lastAtOrBefore([0, 40, 95], 60)).toBe(1);
    expect(lastAtOrBefore([0, 40, 95], 40)).toBe(1);
    expect(lastAtOrBefore([0, 40, 95], 200)).toBe(2);
  });

  it('gives -1 when every number comes after the value, or there are none', () => {
    expect(lastAtOrBefore([10, 40], 5)).toBe(-1);
    expect(lastAtOrBefore([], 5)).toBe(-1);
  });
});

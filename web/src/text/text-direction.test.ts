import { describe, expect, it } from 'vitest';
import { quoteDir } from './text-direction.js';

describe('the direction of a quoted evidence', () => {
  it('follows the first letter of the quote', () => {
    expect(quoteDir('قتل 25 شخصا')).toBe('rtl');
    expect(quoteDir('25 قتيلا')).toBe('rtl');
    expect(quoteDir('Reuters قالت')).toBe('ltr');
    expect(quoteDir('"Islamic State"')).toBe('ltr');
  });

  it('leaves a quote of digits and signs to the page direction', () => {
    expect(quoteDir('25')).toBeUndefined();
    expect(quoteDir('3-4 (2024)')).toBeUndefined();
    expect(quoteDir('')).toBeUndefined();
  });
});

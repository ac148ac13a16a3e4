import { describe, expect, it } from 'vitest';
import { asciiDigit, asciiDigits } from './ascii-digits.js';

describe('digits read as ASCII', () => {
  it('folds every Arabic-Indic and Persian digit', () => {
    expect(asciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(asciiDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(asciiDigit(0x0669)).toBe('9');
    expect(asciiDigit(0x06f4)).toBe('4');
  });

  it('leaves letters, ASCII digits and separators where they are', () => {
    expect(asciiDigits('عام ٢٠١٩ - 7/۸')).toBe('عام 2019 - 7/8');
    expect(asciiDigit('5'.charCodeAt(0))).toBeNull();
    expect(asciiDigit('ب'.charCodeAt(0))).toBeNull();
  });
});

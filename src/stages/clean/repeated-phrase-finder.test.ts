import { describe, expect, it } from 'vitest';
import { findRepeatedPhrases } from './repeated-phrase-finder.js';
import type { Span } from '../../core/span.js';

const spans = (text: string): Span[] => findRepeatedPhrases(text).map((f) => f.span);

describe('findRepeatedPhrases', () => {
  it('removes the first copy of two words repeated right after each other', () => {
    const text = 'Shelling hit the eastern district the eastern district overnight.';
    expect(spans(text)).toEqual([[text.indexOf('the eastern'), text.lastIndexOf('the eastern')]]);
  });

  it('finds an Arabic phrase glued to its repetition', () => {
    const text = 'قال المتحدث العسكري المتحدث العسكري إن الهجوم صد';
    expect(spans(text)).toEqual([[text.indexOf('المتحدث'), text.lastIndexOf('المتحدث')]]);
  });

  it('leaves a single repeated word alone', () => {
    expect(spans('They fled very very fast from the port.')).toEqual([]);
  });

  it('leaves words that only share a length and first letter alone', () => {
    expect(spans('the army the armed men left')).toEqual([]);
  });

  it('keeps copies apart when a line break separates them', () => {
    expect(spans('Border crossing closed\nBorder crossing closed for a week')).toEqual([]);
  });

  it('reads a text longer than the last one without mixing their words', () => {
    expect(spans('a b a b')).toEqual([]);
    const long = `${Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ')} the new camp the new camp`;
    expect(spans(long)).toHaveLength(1);
  });
});

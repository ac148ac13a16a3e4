import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCodePoint } from './char-fold.js';
import { normalizeForMatching, normalizeName, toOriginalSpan, toViewOffset } from './normalize.js';

/**
 * Text drawn from the characters that matter:
 * Arabic letters and marks, ligatures, digits, Latin, joiners.
 */
const ALPHABET = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىةـًٌٍَُِّْٰ٠١٢٣۴۵پچژگکیےںٹۆێە',
  ...'abcXYZéÉßİ0129 .,;-\n\t\r\u00A0\u2009\uFEFF',
  ...'ﻻﷲﷺﺃﺓ\uFE70\u200C\u200F\u202A«»“”’',
  '😀',
  '\uD800',
];
const arbitraryText = fc
  .array(fc.constantFrom(...ALPHABET), { maxLength: 60 })
  .map((chars) => chars.join(''));

describe('normalizeForMatching offsets', () => {
  it('has a map one longer than the view that never decreases and ends at the text length', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const { text: view, toOriginal } = normalizeForMatching(text);
        expect(toOriginal.length).toBe(view.length + 1);
        expect(toOriginal[view.length]).toBe(text.length);
        for (let i = 1; i < toOriginal.length; i++)
          expect(toOriginal[i]).toBeGreaterThanOrEqual(toOriginal[i - 1]);
      }),
    );
  });

  it('maps every span of the view to a span inside the original', () => {
    fc.assert(
      fc.property(arbitraryText, fc.nat(), fc.nat(), (text, a, b) => {
        const view = normalizeForMatching(text);
        const start = a % (view.text.length + 1);
        const end = start + (b % (view.text.length - start + 1));
        const [s, e] = toOriginalSpan(view, [start, end]);
        expect(0 <= s && s <= e && e <= text.length).toBe(true);
        const [ts, te] = toOriginalSpan(view, [start, end], text);
        expect(ts === s && ts <= te && te <= e).toBe(true);
      }),
    );
  });

  it('maps a span back to original text whose own view contains the matched view text', () => {
    fc.assert(
      fc.property(arbitraryText, fc.nat(), fc.nat(), (text, a, b) => {
        const view = normalizeForMatching(text);
        const start = a % (view.text.length + 1);
        const end = start + (b % (view.text.length - start + 1));
        const original = text.slice(...toOriginalSpan(view, [start, end]));
        expect(normalizeForMatching(original).text).toContain(view.text.slice(start, end));
      }),
    );
  });

  it('finds for every original offset a view offset whose origin is not before it', () => {
    fc.assert(
      fc.property(arbitraryText, fc.nat(), (text, a) => {
        const view = normalizeForMatching(text);
        const offset = a % (text.length + 1);
        const i = toViewOffset(view, offset);
        expect(view.toOriginal[i]).toBeGreaterThanOrEqual(offset);
        if (i > 0) expect(view.toOriginal[i - 1]).toBeLessThan(offset);
      }),
    );
  });

  it('folds a text the same whether it is folded whole or in two halves', () => {
    fc.assert(
      fc.property(arbitraryText, arbitraryText, (left, right) => {
        const whole = normalizeForMatching(left + right).text;
        expect(whole).toBe(normalizeForMatching(left).text + normalizeForMatching(right).text);
      }),
    );
  });

  it('is idempotent: the view of a view is the view', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const once = normalizeForMatching(text).text;
        expect(normalizeForMatching(once).text).toBe(once);
      }),
    );
  });

  it('gives dictionary names the same letters as the text view, spaces aside', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const strip = (s: string) => s.replace(/\s+/g, '');
        expect(strip(normalizeName(text))).toBe(strip(normalizeForMatching(text).text));
      }),
    );
  });

  it('spaces a name as the text view with its runs of white space made one space and its ends trimmed', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        expect(normalizeName(text)).toBe(normalizeForMatching(text).text.replace(/\s+/g, ' ').trim());
      }),
    );
  });
});

describe('normalizeForMatching text', () => {
  it('is each code point folded on its own, in order, whatever the text read before', () => {
    fc.assert(
      fc.property(arbitraryText, arbitraryText, (before, text) => {
        // Folds met in an earlier text are remembered per code unit; they must not change a later view.
        normalizeForMatching(before);
        let expected = '';
        for (const ch of text) {
          const cp = ch.codePointAt(0)!;
          expected += cp < 128 ? ch.toLowerCase() : foldCodePoint(cp);
        }
        expect(normalizeForMatching(text).text).toBe(expected);
      }),
    );
  });
});

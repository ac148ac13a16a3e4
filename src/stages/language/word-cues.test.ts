import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPashtoParticles, looksEnglish } from './word-cues.js';

describe('countPashtoParticles', () => {
  it.each([
    ['پولیسو د یوه برید په تور دوه کسان ونیول', 2],
    ['د کابل په ښار کې چاودنه وشوه', 3],
    ['پلیس گفت که دو نفر بازداشت شدند', 0],
    ['قال د. محمد إن الوضع مستقر', 0],
  ])('counts the particles of %j as %i', (text, count) => {
    expect(countPashtoParticles(text)).toBe(count);
  });
});

describe('looksEnglish', () => {
  it.each<[string, boolean | null]>([
    ['The army said that the attack on the town was repelled by the police', true],
    ['the police said the mob set fire to several shops in the old city of ahmedabad', true],
    ['The ministry said the explosion', true],
    ['Une voiture piégée a explosé dans le centre-ville, faisant au moins trois morts.', false],
    [
      'Tausende Menschen demonstrierten am Samstag in der Hauptstadt gegen die geplante Reform der Regierung.',
      false,
    ],
    ['Al menos cinco personas murieron en un ataque contra un mercado del centro, según la policía', false],
    ['Gunmen opened fire', null],
    ['Baghdad Mosul Kirkuk', null],
  ])('says %j is English: %s', (text, expected) => {
    expect(looksEnglish(text)).toBe(expected);
  });
});

describe('looksEnglish on any text', () => {
  // The rule, written with a pattern: every run of ASCII letters in the first `limit` characters is a word.
  const byPattern = (text: string, limit: number): boolean | null => {
    const words = text.slice(0, limit).match(/[a-z]+/gi) ?? [];
    const english = words.filter((w) => ENGLISH.has(w.toLowerCase())).length;
    if (words.length >= 12) return english / words.length >= 0.12;
    if (words.length >= 3 && english >= 2) return english / words.length >= 0.25;
    return null;
  };
  const ENGLISH = new Set(['the', 'of', 'and', 'to', 'was', 'said', 'which', 'after', 'their']);
  const words = [...ENGLISH, 'The', 'OF', 'Said', 'theory', 'tothe', 'ıt', 'été', 'قال', 'x1y'];
  const text = fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ', ', '-', '')), { maxLength: 40 })
    .map((parts) => parts.flat().join(''));

  it('counts words and function words as the pattern does', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 300 }), (t, limit) => {
        expect(looksEnglish(t, limit)).toBe(byPattern(t, limit));
      }),
    );
  });
});

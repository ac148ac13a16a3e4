import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cliticReadings, proclitics, procliticReadings, splitClitics } from './arabic-clitics.js';
import { normalizeName } from './normalize.js';

/** [written word, proclitics, stem, enclitic] — the word is normalised before splitting. */
const SPLITS: [string, string, string, string][] = [
  ['بموسكو', 'ب', 'موسكو', ''],
  ['لموسكو', 'ل', 'موسكو', ''],
  ['والحوثيين', 'وال', 'حوثيين', ''],
  ['لداعش', 'ل', 'داعش', ''],
  ['وداعش', 'و', 'داعش', ''],
  ['بالموصل', 'بال', 'موصل', ''],
  ['الموصل', 'ال', 'موصل', ''],
  ['للجيش', 'لل', 'جيش', ''],
  ['وللجيش', 'ولل', 'جيش', ''],
  ['فالقوات', 'فال', 'قوات', ''],
  ['كالعادة', 'كال', 'عاده', ''],
  ['وبالقرب', 'وبال', 'قرب', ''],
  ['وبحلب', 'وب', 'حلب', ''],
  ['ولحلب', 'ول', 'حلب', ''],
  ['فبحلب', 'فب', 'حلب', ''],
  ['بحلب', 'ب', 'حلب', ''],
  ['وقال', 'و', 'قال', ''],
  ['فقالت', 'ف', 'قالت', ''],
  ['وأكد', 'و', 'اكد', ''],
  ['لتنظيم', 'ل', 'تنظيم', ''],
  ['بتركيا', 'ب', 'تركيا', ''],
  ['وإسرائيل', 'و', 'اسراييل', ''],
  ['بغداد', '', 'بغداد', ''],
  ['وبغداد', 'و', 'بغداد', ''],
  ['لبغداد', 'ل', 'بغداد', ''],
  ['بيروت', '', 'بيروت', ''],
  ['ببيروت', 'ب', 'بيروت', ''],
  ['لبنان', '', 'لبنان', ''],
  ['للبنان', 'ل', 'لبنان', ''],
  ['ولبنان', 'و', 'لبنان', ''],
  ['كركوك', '', 'كركوك', ''],
  ['بكركوك', 'ب', 'كركوك', ''],
  ['فلسطين', '', 'فلسطين', ''],
  ['لفلسطين', 'ل', 'فلسطين', ''],
  ['ليبيا', '', 'ليبيا', ''],
  ['لليبيا', 'ل', 'ليبيا', ''],
  ['وزير', '', 'وزير', ''],
  ['وزارة', '', 'وزاره', ''],
  ['ووزارة', 'و', 'وزاره', ''],
  ['كانت', '', 'كانت', ''],
  ['وكانت', 'و', 'كانت', ''],
  ['بين', '', 'بين', ''],
  ['بيان', '', 'بيان', ''],
  ['والتي', 'و', 'التي', ''],
  ['الذي', '', 'الذي', ''],
  ['إلى', '', 'الي', ''],
  ['آلاف', '', 'الاف', ''],
  ['ألمانيا', '', 'المانيا', ''],
  ['واشنطن', '', 'واشنطن', ''],
  ['فيها', '', 'في', 'ها'],
  ['قواتها', '', 'قوات', 'ها'],
  ['مقاتليهم', '', 'مقاتلي', 'هم'],
  ['بلادنا', '', 'بلاد', 'نا'],
  ['وقواتهم', 'و', 'قوات', 'هم'],
  ['بعضها', '', 'بعض', 'ها'],
  ['كلهم', '', 'كل', 'هم'],
  ['لكنها', '', 'لكن', 'ها'],
  ['كورونا', '', 'كورونا', ''],
  ['مهم', '', 'مهم', ''],
  ['المتهم', 'ال', 'متهم', ''],
  ['المدينة', 'ال', 'مدينه', ''],
  ['مدينته', '', 'مدينته', ''],
  ['اعتقاله', '', 'اعتقاله', ''],
  ['في', '', 'في', ''],
  ['من', '', 'من', ''],
  ['بل', '', 'بل', ''],
  ['وهو', 'و', 'هو', ''],
  ['بها', '', 'بها', ''],
  ['كافة', '', 'كافه', ''],
  ['و15', 'و', '15', ''],
  ['ب50', 'ب', '50', ''],
  ['وب2000', 'وب', '2000', ''],
  ['ISIS', '', 'isis', ''],
  ['2015', '', '2015', ''],
];

describe('splitClitics', () => {
  it.each(SPLITS)('splits %s into %j + %j + %j', (word, prefix, stem, suffix) => {
    expect(splitClitics(normalizeName(word))).toEqual({ prefix, stem, suffix });
  });

  it('prefers a reading whose stem the caller knows, e.g. a knowledge-base name', () => {
    const known = new Set(['بيسان']);
    expect(splitClitics('وبيسان')).toEqual({ prefix: 'وب', stem: 'يسان', suffix: '' });
    expect(splitClitics('وبيسان', (s) => known.has(s))).toEqual({ prefix: 'و', stem: 'بيسان', suffix: '' });
  });

  it('always returns pieces that concatenate back to the token', () => {
    const letters = [...'وفبكلالهمنايتسقعدر'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 12 }), (chars) => {
        const token = chars.join('');
        const { prefix, stem, suffix } = splitClitics(token);
        expect(prefix + stem + suffix).toBe(token);
        expect(stem.length).toBeGreaterThanOrEqual(Math.min(token.length, 2));
      }),
    );
  });
});

describe('cliticReadings', () => {
  it('lists every possible cut of a word with proclitics, the known stem first', () => {
    const readings = cliticReadings('وبغداد').map((r) => `${r.prefix}|${r.stem}|${r.suffix}`);
    expect(readings[0]).toBe('و|بغداد|');
    expect(readings).toContain('وب|غداد|');
    expect(readings).toContain('|وبغداد|');
  });

  it('offers the bare reading alone for a short or non-Arabic token', () => {
    expect(cliticReadings('في')).toEqual([{ prefix: '', stem: 'في', suffix: '' }]);
    expect(cliticReadings('reuters')).toEqual([{ prefix: '', stem: 'reuters', suffix: '' }]);
  });
});

describe('procliticReadings', () => {
  // Letters that make proclitics, enclitics and stems, so every branch of the readings is met.
  const word = fc
    .array(fc.constantFrom(...'وفبكلالهمنادغصر12'), { minLength: 1, maxLength: 9 })
    .map((letters) => letters.join(''));
  const known = fc.array(word, { maxLength: 4 });

  it('gives the readings with proclitics off and no enclitic, in the order cliticReadings gives them', () => {
    fc.assert(
      fc.property(word, known, (token, stems) => {
        const isKnown = (stem: string): boolean => stems.includes(stem);
        const expected = cliticReadings(token, isKnown).filter((r) => r.prefix !== '' && r.suffix === '');
        expect(procliticReadings(token, isKnown)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('tries the proclitics a word opens with, shortest first', () => {
    expect(proclitics('وبالمدينة')).toEqual(['و', 'وب', 'وبال']);
    expect(proclitics('للقرية')).toEqual(['ل', 'لل']);
    expect(proclitics('مدينة')).toEqual([]);
    fc.assert(
      fc.property(word, (token) => {
        const prefixes = procliticReadings(token, () => true).map((r) => r.prefix);
        expect(proclitics(token).filter((p) => prefixes.includes(p))).toEqual(prefixes);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a known name behind a conjunction and a preposition', () => {
    expect(procliticReadings('وبغداد', (s) => s === 'بغداد')[0]).toEqual({
      prefix: 'و',
      stem: 'بغداد',
      suffix: '',
    });
  });
});

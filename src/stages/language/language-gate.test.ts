import { describe, expect, it } from 'vitest';
import {
  aqmarAgreement,
  hasShared,
  languageIdCases,
  scoreLanguageId,
} from '../../../bench/language-quality.js';

/**
 * The language layer's quality gate: figures measured on ../shared (AQMAR sentences and tokens, language ID
 * on 300 paragraphs) may not drop below these pinned floors. Raising a figure raises its pin in the same
 * change. Skips when ../shared is not beside the repository.
 */
const FLOORS = {
  aqmar: { recall: 0.905, precision: 0.96, tokenMatch: 0.997 },
  /** Whole paragraphs: every language at 100% today. */
  paragraphs: { ar: 1, en: 1, fa: 1, ur: 1, ps: 1, ckb: 1, fr: 1, de: 1, es: 1, tr: 1 },
  /** The same cut to 30 characters. */
  snippets: { ar: 0.99, en: 0.91, fa: 1, ur: 1, ps: 1, ckb: 1 },
};

if (!hasShared()) console.warn('language gate skipped: ../shared/data is not here');

describe.skipIf(!hasShared())('the language quality gate', () => {
  it('finds AQMAR sentence starts and words at or above their floors', () => {
    const score = aqmarAgreement();
    expect(score.recall).toBeGreaterThanOrEqual(FLOORS.aqmar.recall);
    expect(score.precision).toBeGreaterThanOrEqual(FLOORS.aqmar.precision);
    expect(score.tokenMatch).toBeGreaterThanOrEqual(FLOORS.aqmar.tokenMatch);
  });

  it('identifies the language of whole paragraphs and of short snippets at or above the floors', () => {
    const cases = languageIdCases();
    const whole = scoreLanguageId(cases);
    for (const [language, floor] of Object.entries(FLOORS.paragraphs)) {
      const row = whole.get(language)!;
      expect(row.right / row.all, language).toBeGreaterThanOrEqual(floor);
    }
    const short = scoreLanguageId(cases.map(([l, t]) => [l, t.slice(0, 30)] as const));
    for (const [language, floor] of Object.entries(FLOORS.snippets)) {
      const row = short.get(language)!;
      expect(row.right / row.all, language).toBeGreaterThanOrEqual(floor);
    }
  });
});

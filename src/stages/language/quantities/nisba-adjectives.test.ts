import { describe, expect, it } from 'vitest';
import { quantitySummary as summary } from './fixture-quantity-summary.js';

const cases: [string, string][] = [
  // A noun joined by «و» after the counted noun's nisba adjective shares the count's fate.
  ['مقتل 21 سائحًا أجنبيًا وشرطي تونسي', '21 exact killed tourists | 1 exact killed police'],
  ['مقتل 5 جنود سوريين و3 مدنيين', '5 exact killed soldiers | 3 exact killed civilians'],
  ['أسفر عن مقتل 4 جنود يمنيين و2 من الشرطة', '4 exact killed soldiers | 2 exact killed'],
  // A relative pronoun is no adjective of the counted: what follows it is joined to nothing.
  ['مقتل 5 جنود الذي وشرطي', '5 exact killed soldiers'],
];

describe('findQuantities joins a noun after the nisba adjectives of the count before it', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { quantitySummary } from './fixture-quantity-summary.js';

// A counted subject with a long modifier before its passive verb takes that verb's fate; guards keep the
// verb of another clause, of a relative or of a named man's apposition from being taken for it.

const cases: [string, string][] = [
  // An aside of the noun between commas, after a prepositional phrase.
  [
    'Three workers of a small charity, Green Hope, were killed after their jeep was hit',
    '3 exact killed workers',
  ],
  // A relative with its own auxiliary, set off by commas.
  [
    'Two farmers, who were driving cattle to the market near Tarvel, were shot dead by soldiers',
    '2 exact killed people',
  ],
  // A noun the lexicon does not know, after a name, then a relative.
  ['Four Danish surveyors who worked for a mining firm were injured in the blast', '4 exact injured'],
  ['Seven of the mayor’s drivers were wounded', '7 exact injured'],
  ['Three Ruritanian medics attached to the relief mission, were killed in the raid', '3 exact killed'],
  // One person named by an article and a participle phrase.
  ['A man accused of selling bread to the garrison was shot dead', '1 exact killed men'],
  // The relative's own verb agrees with its own noun, not with the count.
  ['Two gunmen in a pickup shot at a herder who was killed', '2 exact militants'],
  // A clause break or a new subject before the verb: the fate is someone else's.
  ['Two bombs exploded in the square, people were killed', '2 exact'],
  ['Two gunmen from Orvik stormed the post and guards were killed', '2 exact militants'],
  // A named man's apposition is that man, counted by his name elsewhere.
  ['Omar Talib, a teacher from the village, was killed', ''],
  // Two fates joined tell neither.
  ['A clerk of the town council was wounded and died later', ''],
  // A bare "one" is a pronoun: the guard is not counted twice.
  ['a guard, one who kept the gate of the farm, was killed', ''],
];

describe('findQuantities carries a passive fate across a modifier of the counted noun', () => {
  it.each(cases)("'%s' → %s", (text, expected) => {
    expect(quantitySummary(text)).toBe(expected);
  });
});

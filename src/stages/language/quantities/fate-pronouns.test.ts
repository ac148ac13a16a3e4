import { describe, expect, it } from 'vitest';
import { quantitySummary } from './fixture-quantity-summary.js';

// Fates whose pronoun counts the dead, duals, people joined to the victim before them, and "they wounded".

const cases: [string, string][] = [
  // The pronoun of "met his death" counts the subject told between: one, or two for the dual.
  ['لقي طبيب ووالدته مصرعهما بقذيفة سقطت على منزلهما', '2 exact killed'],
  ['لقيت ممرضة حتفها في القصف', '1 exact killed'],
  ['لقيا مصرعهما عند الحاجز', '2 exact killed'],
  // A count of its own reads the fate after it as its verb, once.
  ['لقي شرطيان مصرعهما في الكمين', '2 exact killed police'],
  ['شرطيان لقيا مصرعهما في الكمين', '2 exact killed police'],
  // A dual death the act led to names two; one told as the past ("days after their killing") none.
  ['استهدفت عبوة سيارة القاضي ونجله ما أدى إلى مقتلهما', '2 exact killed'],
  ['خرج الأهالي بعد أيام على مقتلهما', ''],
  // A kin joined by "و" to the victim before: one more of that fate.
  ['قتل راع وشقيقه بانفجار لغم', '2 exact killed'],
  ['أصيب موظف وابنته بجروح', '2 exact injured'],
  ['أصيب جندي وابنته بجروح', '1 exact injured soldiers | 1 exact injured'],
  // A dual kin after a verbal noun, in the genitive, names two.
  ['أدى إلى إصابة والديها وشقيقها بحروق', '3 exact injured'],
  // Duals of nouns whose plural is spelt otherwise count two; a noun "و" is written onto shares the fate.
  ['استشهد شابان في القصف', '2 exact killed men'],
  ['مقتل شقيقين بانفجار', '2 exact killed people'],
  ['قتل طفلان وامرأة في الغارة', '2 exact killed children | 1 exact killed women'],
  // A count after "met" meets the plural fate told past its people's side; a second verb first, no fate.
  ['لقي 9 مسلحين من عناصر الحركة مصرعهم في الغارة', '9 exact killed militants'],
  // The verb in any form "لقي مصرعه" knows it by: "ف" on its feminine.
  ['فلقيت 4 مسلحين من عناصر الكتيبة مصرعهم في الاشتباك', '4 exact killed militants'],
  ['لقي 9 مسلحين من عناصر الحركة في الغارة', '9 exact militants'],
  ['شاهد 9 مسلحين من عناصر الحركة مصرعهم', '9 exact militants'],
  // "وجرحوا" before a count: they wounded that many.
  ['فقتلوا حارسا وجرحوا ثلاثة', '1 exact killed guards | 3 exact injured'],
];

describe('findQuantities reads the dead a fate pronoun, a dual or a joined noun counts', () => {
  it.each(cases)("'%s' → %s", (text, expected) => {
    expect(quantitySummary(text)).toBe(expected);
  });
});

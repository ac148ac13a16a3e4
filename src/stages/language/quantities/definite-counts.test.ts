import { describe, expect, it } from 'vitest';
import { quantitySummary } from './fixture-quantity-summary.js';

// Counts a definite Arabic noun carries: a cardinal after it as its adjective, or one victim of a relative
// clause of fate.

const cases: [string, string][] = [
  // The cardinal follows a definite noun; the fate is the casualty word before it.
  ['أعلن الجيش مقتل الجنود الخمسة في كمين', '5 exact killed soldiers'],
  // Or the noun's own fate, with one definite word in the genitive between.
  ['وصلت جثامين شهداء الكويت الأربعة إلى المطار', '4 exact killed people'],
  // Or the verb of the relative clause after the number.
  ['عولج الحراس الستة الذين أصيبوا في الانفجار', '6 exact injured guards'],
  // Kept: with no fate, "the three" counts no victims.
  ['اجتمع وزراء الدول الثلاث في الرياض', ''],
  // Kept: "الاثنين" is Monday.
  ['قتل الجنود الاثنين الماضي', ''],
  // One victim named, then a relative clause of his death.
  ['عزى المحافظ أسرة الجندي خالد بن سالم الذي استشهد فجر أمس', '1 exact killed soldiers'],
  ['زار المستشفى الشرطي الذي أصيب برصاص قناص', '1 exact injured police'],
  // Kept: a count after the verb makes the noun the one who killed.
  ['حوكم المسلح الذي قتل 7 أشخاص', '7 exact killed people'],
  // Kept: no relative clause of fate.
  ['قال الجندي الذي شارك في المعركة إن', ''],
];

describe('definite counts', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(quantitySummary(text)).toBe(expected);
  });
});

describe('definite counts told again', () => {
  it('leaves out the same number of the same fate told before', () => {
    expect(quantitySummary('أصيب ثلاثة أشخاص في الهجوم ونقل المصابين الثلاثة إلى المستشفى')).toBe(
      '3 exact injured people',
    );
  });
  it('keeps a definite count that tells a new number', () => {
    expect(quantitySummary('قتل جندي أمس، وشيعت اليوم جثامين شهداء الكويت الأربعة')).toBe(
      '1 exact killed soldiers | 4 exact killed people',
    );
  });
});

describe('definite counts told twice', () => {
  it('keeps both definite tellings: neither is the first, indefinite one', () => {
    expect(quantitySummary('صلى الأمير على شهداء الكويت الأربعة، وقال إن شهداء الكويت الأربعة أبطال')).toBe(
      '4 exact killed people | 4 exact killed people',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { quantitySummary } from './fixture-quantity-summary.js';

// One victim counted with no number: a singular noun by a casualty word, "أحد" before a group, a verb
// whose form tells one victim.

const cases: [string, string][] = [
  // An article and a known noun, with the fate after it or before it.
  ['A farmer was shot dead near the well on Sunday', '1 exact killed people'],
  ['Gunmen ambushed the convoy, killing a driver', '1 exact killed workers'],
  // The verb after the second noun of a pair tells the first one's fate too.
  [
    'A soldier and a civilian were injured at the gate',
    '1 exact injured soldiers | 1 exact injured civilians',
  ],
  // A bare active verb with an object makes the first noun its subject: only the object is counted.
  ['A gunman killed a guard outside the bank', '1 exact killed guards'],
  // A participle after an article describes the noun and tells no incident.
  ['They found a murdered leader of the union', ''],
  // Arabic: the verbal noun before the noun; the object after verb and subject; the word for one after.
  ['أعلنت الشرطة مقتل جندي في الهجوم', '1 exact killed soldiers'],
  ['قتل مسلحون مجهولون رجلا قرب السوق', '1 exact killed men'],
  ['إصابة شخص واحد في الحادث', '1 exact injured people'],
  // One of a group, whose fate the word before tells; a firm wound up is no victim.
  ['أسفر القصف عن استشهاد أحد المزارعين', '1 exact killed people'],
  ['أعلنت الشركة تصفية إحدى الشركات التابعة لها', ''],
  // The casualty word in quotation marks still tells the fate.
  ['ما نتج عنه «استشهاد» أحد أفرادها', '1 exact killed'],
  ['ونتج عن الحادثة «استشهاد» جندي', '1 exact killed soldiers'],
  // "Another" after a casualty word counts one more after a count in the same sentence; alone, nothing.
  ['أسفر الهجوم عن مقتل جندي وإصابة آخر', '1 exact killed soldiers | 1 exact injured'],
  ['وأعلن المصدر إصابة آخر', ''],
  ['أسفر الهجوم عن مقتل 3 جنود وإصابة آخرين', '3 exact killed soldiers'],
  // A verb of one victim, unless a count follows it.
  ['اغتيل القاضي أمام منزله', '1 exact killed'],
  ['اغتيل 3 قضاة أمام المحكمة', '3 exact killed'],
];

describe('findQuantities counts a single victim named without a number', () => {
  it.each(cases)("'%s' → %s", (text, expected) => {
    expect(quantitySummary(text)).toBe(expected);
  });
});

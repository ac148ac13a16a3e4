import { describe, expect, it } from 'vitest';
import { findTimes } from './index.js';

/** Each expression as "text=value..end", the sentences split at full stops. */
function read(text: string, ref: string | null): string {
  const sentences: { span: [number, number] }[] = [];
  for (const m of text.matchAll(/[^.]+\.?/g)) sentences.push({ span: [m.index, m.index + m[0].length] });
  return findTimes(text, sentences, 'ar', ref)
    .map((t) => `${text.slice(...t.span)}=${t.value}${t.end ? `..${t.end}` : ''}`)
    .join(' | ');
}

// Tuesday 10 March 2020: the weekend before it is Saturday 7 – Sunday 8 (Friday 6 – Saturday 7 in Arabic).
const REF = '2020-03-10';

describe('findTimes reads the weekend as the run of its days', () => {
  it.each([
    ['The militia seized two villages over the weekend.', 'weekend=2020-03-07..2020-03-08'],
    ['Shops were looted at the weekend.', 'weekend=2020-03-07..2020-03-08'],
    ['Clashes flared this weekend.', 'this weekend=2020-03-07..2020-03-08'],
    ['Clashes flared last weekend.', 'last weekend=2020-03-07..2020-03-08'],
    ['هاجم مسلحون حاجزا خلال عطلة نهاية الأسبوع.', 'عطلة نهاية الأسبوع=2020-03-06..2020-03-07'],
    ['هاجم مسلحون حاجزا في عطلة نهاية الأسبوع الماضي.', 'عطلة نهاية الأسبوع الماضي=2020-03-06..2020-03-07'],
  ])('%s', (text, expected) => {
    expect(read(text, REF)).toBe(expected);
  });

  it('cuts the weekend at a Saturday reference date', () => {
    expect(read('The militia seized two villages over the weekend.', '2020-03-07')).toBe(
      'weekend=2020-03-07',
    );
  });

  it('takes "this weekend" as the one ahead from midweek, as "next weekend" always', () => {
    expect(read('Residents stocked up on fuel this weekend.', '2020-03-12')).toBe(
      'this weekend=2020-03-14..2020-03-15',
    );
    expect(read('Clashes flared over the weekend.', '2020-03-12')).toBe('weekend=2020-03-07..2020-03-08');
    expect(read('Talks resume next weekend.', REF)).toBe('next weekend=2020-03-14..2020-03-15');
  });

  it('leaves a weekend that only describes a thing', () => {
    expect(read('A weekend curfew was imposed.', REF)).toBe('');
  });
});

describe('findTimes counts the previous day from the day the story told', () => {
  it.each([
    [
      'Troops stormed the market on Sunday. A shopkeeper had been shot the previous day.',
      'Sunday=2020-03-08 | the previous day=2020-03-07',
    ],
    [
      'Troops stormed the market on Sunday. Two men were arrested the day before.',
      'Sunday=2020-03-08 | the day before=2020-03-07',
    ],
    [
      'اقتحم الجنود السوق يوم الأحد. وكان بائع قد قتل في اليوم السابق.',
      'يوم الأحد=2020-03-08 | اليوم السابق=2020-03-07',
    ],
    [
      'اقتحم الجنود السوق يوم الأحد. وقبل ذلك بيوم اعتقل رجلان.',
      'يوم الأحد=2020-03-08 | وقبل ذلك بيوم=2020-03-07',
    ],
  ])('%s', (text, expected) => {
    expect(read(text, REF)).toBe(expected);
  });

  it.each([
    [
      'Gunmen seized six drivers on Sunday. Their bodies were found the next day.',
      'Sunday=2020-03-08 | the next day=2020-03-09',
    ],
    [
      'خطف مسلحون ستة سائقين يوم الأحد. وعثر على جثثهم في اليوم التالي.',
      'يوم الأحد=2020-03-08 | اليوم التالي=2020-03-09',
    ],
    [
      'خطف مسلحون ستة سائقين يوم الأحد، وبعد ذلك بيوم أفرجوا عنهم.',
      'يوم الأحد=2020-03-08 | وبعد ذلك بيوم=2020-03-09',
    ],
  ])('counts the next day forward: %s', (text, expected) => {
    expect(read(text, REF)).toBe(expected);
  });

  it('chains back from the day the sentence before told', () => {
    expect(
      read('Troops stormed the market on Sunday. A man died the previous day. Two fled the day before.', REF),
    ).toBe('Sunday=2020-03-08 | the previous day=2020-03-07 | the day before=2020-03-06');
  });

  it('counts from the reference date when no day was told just before', () => {
    expect(read('A guard was wounded the previous day.', REF)).toBe('the previous day=2020-03-09');
  });

  it('leaves the day before a thing it names', () => {
    expect(read('Troops stormed the market on Sunday. Shops closed the day before the vote.', REF)).toBe(
      'Sunday=2020-03-08',
    );
    expect(read('اقتحم الجنود السوق يوم الأحد. وأغلقت المحال في اليوم السابق للانتخابات.', REF)).toBe(
      'يوم الأحد=2020-03-08',
    );
  });
});

describe('findTimes counts days earlier from the story day, else from the reference date', () => {
  it('counts both days of one sentence from the day it told', () => {
    expect(
      read(
        'Farmers marched on 3 March. Police had fired a day earlier, and two days earlier a dam burst.',
        REF,
      ),
    ).toBe('3 March=2020-03-03 | a day earlier=2020-03-02 | two days earlier=2020-03-01');
  });

  it('reads Arabic "two days before that" from the day told', () => {
    expect(read('تظاهر المزارعون في 3 مارس، وكان سد قد انهار قبل يومين من ذلك.', REF)).toBe(
      '3 مارس=2020-03-03 | قبل يومين من ذلك=2020-03-01',
    );
  });

  it('counts from the reference date without a day told', () => {
    expect(read('A dam burst two days earlier.', REF)).toBe('two days earlier=2020-03-08');
    expect(read('انهار سد قبل يومين من ذلك.', REF)).toBe('قبل يومين من ذلك=2020-03-08');
  });

  it('still counts "ago" from the reference date', () => {
    expect(read('Farmers marched on 3 March. A dam burst two days ago.', REF)).toBe(
      '3 March=2020-03-03 | two days ago=2020-03-08',
    );
  });
});

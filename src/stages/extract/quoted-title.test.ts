import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';

const asserted = (text: string) => assertedWords({ text });

describe('incident words inside a quoted title or slogan', () => {
  it.each([
    [
      'a report chapter «بعنوان "…"»',
      'وذلك في قسم بعنوان "أحرقوا كل شيء" استند إلى مقابلات مع 174 ضحية في ولاية الوحدة.',
    ],
    ['a book «بعنوان «…»»', 'وصدر للكاتب كتاب جديد بعنوان «اغتيال الحريري» عن دار نشر في بيروت.'],
    ['a slogan «تحت شعار "…"»', 'ونظمت الجامعة ندوة تحت شعار "لا للتفجير" في قاعة المؤتمرات.'],
    ['an English title', 'The museum opened an exhibition entitled "Bombing of the Old City" on Monday.'],
  ])('are not asserted: %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it.each([
    [
      'an act told after the title closes',
      'وفي قسم بعنوان "الشهادات" قال التقرير إن الجنود أحرقوا القرية.',
      'أحرقوا',
    ],
    ['a quote that no naming word opens', 'وقال الشاهد "قصفوا الحي بالمدفعية" في المدينة.', 'قصفوا'],
  ])('keeps %s', (_, text, word) => {
    expect(asserted(text)).toContain(word);
  });
});

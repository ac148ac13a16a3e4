import { describe, expect, it } from 'vitest';
import { findTimes } from './index.js';

/** "value precision [words]" for each expression found against Wednesday 22 July 2015. */
function found(text: string, lang: 'ar' | 'en'): string[] {
  return findTimes(text, [{ span: [0, text.length] }], lang, '2015-07-22').map(
    (t) => `${t.value} ${t.precision} [${text.slice(t.span[0], t.span[1])}]`,
  );
}

describe('a run of hours up to the reference date', () => {
  it('is vague recency told by its month, in English', () => {
    expect(found('Rescuers pulled six miners out in the last 36 hours.', 'en')).toEqual([
      '2015-07 month [last 36 hours]',
    ]);
    expect(found('Gunfire echoed over the past few hours.', 'en')).toEqual([
      '2015-07 month [past few hours]',
    ]);
  });

  it('is vague recency told by its month, in Arabic', () => {
    expect(found('تراجعت الأمطار خلال الـ72 ساعة الماضية على السواحل.', 'ar')).toEqual([
      '2015-07 month [72 ساعة الماضية]',
    ]);
    expect(found('هدأت المدافع في الساعات القليلة الأخيرة.', 'ar')).toEqual([
      '2015-07 month [الساعات القليلة الأخيرة]',
    ]);
  });

  it('reaches back into the month before when its days cross the month start', () => {
    const text = 'Rescuers pulled six miners out in the last 72 hours.';
    const t = findTimes(text, [{ span: [0, text.length] }], 'en', '2015-08-02');
    expect(t.map((x) => `${x.value} ${x.precision}`)).toEqual(['2015 year']);
  });

  it('is no date without a word of the past', () => {
    expect(found('The ceasefire must hold for 48 hours.', 'en')).toEqual([]);
  });
});

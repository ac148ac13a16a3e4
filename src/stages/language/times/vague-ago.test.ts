import { describe, expect, it } from 'vitest';
import { findTimes } from './index.js';

/** "value precision [words]" for each expression found against Wednesday 22 July 2015. */
function found(text: string, lang: 'ar' | 'en'): string[] {
  return findTimes(text, [{ span: [0, text.length] }], lang, '2015-07-22').map(
    (t) => `${t.value} ${t.precision} [${text.slice(t.span[0], t.span[1])}]`,
  );
}

describe('a time ago told without its count', () => {
  it('is vague recency told by its month, in Arabic', () => {
    expect(found('اغتال مجهولون ضابطا في حي الصابرين منذ أيام.', 'ar')).toEqual(['2015-07 month [منذ أيام]']);
    expect(found('سقطت قذيفة على سوق الخضار قبل بضعة أيام.', 'ar')).toEqual([
      '2015-07 month [قبل بضعة أيام]',
    ]);
  });

  it('is so behind «و», opening its clause before a comma', () => {
    expect(found('ومنذ أيام، أحرق مجهولون مخزنا للحبوب في القرية.', 'ar')).toEqual([
      '2015-07 month [ومنذ أيام]',
    ]);
    expect(found('وقبل أيام، خطف مسلحون مهندسا من بيته.', 'ar')).toEqual(['2015-07 month [وقبل أيام]']);
  });

  it('is vague recency told by its month, in English', () => {
    expect(found('Raiders burned the millet stores a few days ago.', 'en')).toEqual([
      '2015-07 month [a few days ago]',
    ]);
  });

  it('leaves the days of a thing, or days before a thing, alone', () => {
    expect(found('لم يعرف الحي هذا الهدوء منذ أيام الحصار.', 'ar')).toEqual([]);
    expect(found('أغلقت المدارس قبل أيام من الاقتراع.', 'ar')).toEqual([]);
    expect(found('تدور مواجهات منذ أيام بين العشيرتين.', 'ar')).toEqual([]);
  });

  it('leaves «منذ» with more of its clause after it alone: a duration, or the days of someone', () => {
    expect(found('تتواصل المواجهات منذ أيام بين العشائر قرب النهر.', 'ar')).toEqual([]);
    expect(found('هذا نهج الحركة منذ أيام مؤسسها الراحل.', 'ar')).toEqual([]);
  });
});

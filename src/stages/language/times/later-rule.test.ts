import { describe, expect, it } from 'vitest';
import { findTimes } from './index.js';

/** "value precision [words]" for each expression, one sentence per full stop, against 22 July 2015. */
function found(text: string, lang: 'ar' | 'en'): string[] {
  const sentences = [...text.matchAll(/[^.]+\./g)].map((m) => ({
    span: [m.index, m.index + m[0].length] as [number, number],
  }));
  return findTimes(text, sentences, lang, '2015-07-22').map(
    (t) => `${t.value} ${t.precision} [${text.slice(t.span[0], t.span[1])}]`,
  );
}

describe('a span counted from the date the story last told', () => {
  it('counts months later from the story’s day', () => {
    expect(
      found('The bridge was reopened on 9 October 2012. Two months later its deck sagged.', 'en'),
    ).toEqual(['2012-10-09 day [9 October 2012]', '2012-12 month [Two months later]']);
  });

  it('counts months earlier from the story’s month, not from the reference date', () => {
    expect(
      found('The bridge was reopened in October 2012. Three months earlier a barge struck it.', 'en'),
    ).toEqual(['2012-10 month [October 2012]', '2012-07 month [Three months earlier]']);
  });

  it('counts «بعد … من ذلك» forward from the story’s day', () => {
    expect(found('أعيد فتح الجسر في 9 أكتوبر 2012. وبعد أربعة أيام من ذلك انهار جزء منه.', 'ar')).toEqual([
      '2012-10-09 day [9 أكتوبر 2012]',
      '2012-10-13 day [وبعد أربعة أيام من ذلك]',
    ]);
  });

  it('leaves a span later unknown when the story told no date before it', () => {
    expect(found('Two months later its deck sagged.', 'en')).toEqual(['null month [Two months later]']);
  });
});

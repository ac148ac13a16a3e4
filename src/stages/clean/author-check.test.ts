import { describe, expect, it } from 'vitest';
import { isDatelineOrStamp } from './author-check.js';

describe('an author value that is a dateline or a stamp', () => {
  it.each([
    'TRIPOLI (Reuters) -',
    'بيروت - الأناضول',
    '«بيروت - الأناضول»',
    'الموصل: «صحيفة النهار»',
    'أ ف ب - حلب',
    'كركوك - د. ب. أ:',
    'وكالات (دمشق)',
    'إدلب، حماة - متابعات:',
    '"النشرة" من بغداد',
    'By staff writer | Updated 12:30',
    'آخر تحديث: منذ ساعة',
  ])('%s is no author', (value) => {
    expect(isDatelineOrStamp(value)).toBe(true);
  });

  it.each([
    'By Jane Doe',
    'Mary-Ann Smith',
    'حلب: سمير الخطيب',
    'ليلى المصري (الموصل)',
    'كريم ناصر - رويترز',
    'بقلم هدى يوسف',
    'أ ف ب',
  ])('%s stays an author', (value) => {
    expect(isDatelineOrStamp(value)).toBe(false);
  });
});

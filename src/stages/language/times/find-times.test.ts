import { describe, expect, it } from 'vitest';
import { findTimes } from './index.js';

/** "value..end precision" for each expression, or "null precision" when it cannot be placed. */
function summary(text: string, ref: string | null): string {
  return findTimes(text, [{ span: [0, text.length] }], 'ar', ref)
    .map((t) => `${t.value}${t.end ? `..${t.end}` : ''} ${t.precision}`)
    .join(' | ');
}

// The reference date is Wednesday 22 July 2015 unless a case says otherwise.
const REF = '2015-07-22';

const arabic: [string, string][] = [
  ['في 12 مارس 2024', '2024-03-12 day'],
  ['١٢ آذار ٢٠٢٤', '2024-03-12 day'],
  ['۱۲ مارس ۲۰۲۴', '2024-03-12 day'],
  ['في 5 يناير 2015', '2015-01-05 day'],
  ['5 كانون الثاني 2015', '2015-01-05 day'],
  ['5 جانفي 2015', '2015-01-05 day'],
  ['5 فيفري 2015', '2015-02-05 day'],
  ['5 شباط 2015', '2015-02-05 day'],
  ['10 نيسان 2015', '2015-04-10 day'],
  ['10 أفريل 2015', '2015-04-10 day'],
  ['10 إبريل 2015', '2015-04-10 day'],
  ['3 أيار 2015', '2015-05-03 day'],
  ['3 ماي 2015', '2015-05-03 day'],
  ['1 جوان 2015', '2015-06-01 day'],
  ['1 جويلية 2015', '2015-07-01 day'],
  ['1 يوليوز 2015', '2015-07-01 day'],
  ['2 آب 2014', '2014-08-02 day'],
  ['2 أوت 2014', '2014-08-02 day'],
  ['2 غشت 2014', '2014-08-02 day'],
  ['9 أيلول 2014', '2014-09-09 day'],
  ['9 شتنبر 2014', '2014-09-09 day'],
  ['الخامس من تشرين الأول 2023', '2023-10-05 day'],
  ['20 تشرين الثاني 2014', '2014-11-20 day'],
  ['31 كانون الأول 2014', '2014-12-31 day'],
  ['31 دجنبر 2014', '2014-12-31 day'],
  ['يوم 18 حزيران (يونيو) 2015', '2015-06-18 day'],
  ['18 يونيو/حزيران 2015', '2015-06-18 day'],
  ['في 18 يونيو من العام 2015', '2015-06-18 day'],
  ['في 30 فبراير 2015', 'null day'],
  ['السابع من أكتوبر', '2014-10-07 day'],
  ['في 25 يوليو', '2015-07-25 day'],
  ['في 30 يوليو', '2015-07-30 day'],
  ['في 30 أغسطس', '2014-08-30 day'],
  ['الحادي عشر من سبتمبر', '2014-09-11 day'],
  ['الثاني والعشرين من يوليو', '2015-07-22 day'],
  ['الحادي والثلاثين من مارس', '2015-03-31 day'],
  ['18 مارس', '2015-03-18 day'],
  ['في 18 مارس', '2015-03-18 day'],
  ['25 شوال 1436 هـ', '2015-08-10 day'],
  ['1 رمضان 1436هـ', '2015-06-18 day'],
  ['الأول من محرم 1437 هـ', '2015-10-14 day'],
  ['10 ذي الحجة 1436 هـ', '2015-09-23 day'],
  ['رمضان 1436 هـ', '2015-06-18..2015-07-16 day'],
  ['عام 1436 هـ', '2014-10-25..2015-10-13 day'],
  // A Hijri range across months: the first end takes the year of the second (or the year before).
  ['من 12 شعبان حتى 2 رمضان 1436هـ', '2015-05-30..2015-06-19 day'],
  ['أغلقت الطرق من 25 ذي الحجة إلى 3 محرم 1437 هـ', '2015-10-08..2015-10-16 day'],
  // Alone, or before a Gregorian date, a Hijri day and month without a year is still no date.
  ['صام أهل القرية من 20 رمضان', ''],
  ['من 20 رمضان إلى 5 أغسطس 2015', '2015-08-05 day'],
  ['في 21/7/2015', '2015-07-21 day'],
  ['بتاريخ 2015/07/21', '2015-07-21 day'],
  ['21-07-2015', '2015-07-21 day'],
  ['21.07.2015', '2015-07-21 day'],
  ['في يونيو 2015', '2015-06 month'],
  ['حزيران 2015', '2015-06 month'],
  ['في يونيو', '2015-06 month'],
  ['خلال شهر يوليو', '2015-07 month'],
  ['في أغسطس', '2014-08 month'],
  ['يونيو الماضي', '2015-06 month'],
  ['يوليو الماضي', '2014-07 month'],
  ['سبتمبر المقبل', '2015-09 month'],
  ['مارس الضغط على الحكومة', ''],
  ['في عام 2015', '2015 year'],
  ['العام 2014', '2014 year'],
  ['منذ 2009', '2009 year'],
  ['ومنذ 2009', '2009 year'],
  ['وفي 2015', '2015 year'],
  ['سنة 2010م', '2010 year'],
  ['قتل 2015 شخصا', ''],
  ['بين عامي 1982 و1990', '1982..1990 year'],
  ['من 2011 إلى 2013', '2011..2013 year'],
  ['من 1 إلى 5 يونيو 2015', '2015-06-01..2015-06-05 day'],
  ['بين 3 و5 يوليو', '2015-07-03..2015-07-05 day'],
  ['من 1 يونيو إلى 5 يوليو 2015', '2015-06-01..2015-07-05 day'],
  ['صيف عام 2021', '2021-06..2021-08 month'],
  ['شتاء 2015', '2014-12..2015-02 month'],
  ['خريف 2014', '2014-09..2014-11 month'],
  ['الصيف الماضي', '2014-06..2014-08 month'],
  ['الشتاء الماضي', '2014-12..2015-02 month'],
  ['الربيع العربي', ''],
  ['أمس', '2015-07-21 day'],
  ['بالأمس', '2015-07-21 day'],
  ['وأمس', '2015-07-21 day'],
  ['البارحة', '2015-07-21 day'],
  ['أول أمس', '2015-07-20 day'],
  ['أول من أمس', '2015-07-20 day'],
  ['اليوم', '2015-07-22 day'],
  ['فجر اليوم', '2015-07-22 day'],
  ['مساء أمس', '2015-07-21 day'],
  ['صباح اليوم الأربعاء', '2015-07-22 day'],
  ['أمس الثلاثاء', '2015-07-21 day'],
  ['الليلة الماضية', '2015-07-21 day'],
  ['في ساعة متأخرة من الليلة قبل الماضية', '2015-07-20 day'],
  ['غدا', '2015-07-23 day'],
  ['قبل يومين', '2015-07-20 day'],
  ['قبل ثلاثة أيام', '2015-07-19 day'],
  ['منذ 3 أيام', '2015-07-19 day'],
  ['قبل أسبوع', '2015-07-15 day'],
  ['قبل أسبوعين', '2015-07-08 day'],
  ['قبل شهرين', '2015-05 month'],
  ['قبل عامين', '2013 year'],
  ['منذ أكثر من عامين', '2013 year'],
  ['قبل نحو أسبوع', '2015-07-15 day'],
  ['الجمعة', '2015-07-17 day'],
  ['يوم الجمعة', '2015-07-17 day'],
  ['والخميس', '2015-07-16 day'],
  ['يوم الأحد', '2015-07-19 day'],
  ['يوم الأحد الماضي', '2015-07-19 day'],
  ['الأربعاء', '2015-07-22 day'],
  ['الأربعاء الماضي', '2015-07-15 day'],
  ['الاثنين الماضي', '2015-07-20 day'],
  ['يوم الاثنين من الأسبوع الماضي', '2015-07-13 day'],
  ['الخميس من الأسبوع الماضي', '2015-07-16 day'],
  ['الثلاثاء المقبل', '2015-07-28 day'],
  ['فجر الأحد', '2015-07-19 day'],
  ['الأحد 19 يوليو 2015', '2015-07-19 day'],
  ['أحد المسلحين', ''],
  ['الاثنين من الجنود', ''],
  ['قصفوا الأحد حي الروضة', '2015-07-19 day'],
  ['منذ الاثنين', '2015-07-20 day'],
  ['وقال الجيش الاثنين إن المسلحين فروا', '2015-07-20 day'],
  ['قتلوا الاثنين من الحراس', ''],
  ['قصف طيران التحالف الاثنين مواقع المسلحين', '2015-07-20 day'],
  ['قتل الجنديين الاثنين في الكمين', ''],
  ['الله الواحد الأحد', ''],
  ['الأسبوع الماضي', '2015-07 month'],
  ['الأسبوع الجاري', '2015-07 month'],
  ['هذا الأسبوع', '2015-07 month'],
  ['الشهر الماضي', '2015-06 month'],
  ['الشهر الجاري', '2015-07 month'],
  ['العام الماضي', '2014 year'],
  ['السنة الماضية', '2014 year'],
  ['العام الحالي', '2015 year'],
  ['مطلع الشهر الجاري', '2015-07-01..2015-07-10 day'],
  ['منتصف الشهر الماضي', '2015-06-11..2015-06-20 day'],
  ['أواخر يونيو', '2015-06-21..2015-06-30 day'],
  ['أوائل العام الماضي', '2014-01..2014-04 month'],
  ['نهاية عام 2014', '2014-09..2014-12 month'],
  ['31 يوليو الحالي', '2015-07-31 day'],
  ['12 أغسطس المقبل', '2015-08-12 day'],
  ['18 مارس الماضي', '2015-03-18 day'],
  ['في مايو أيار الماضي', '2015-05 month'],
  ['9 يناير كانون الثاني 2016', '2016-01-09 day'],
  ['اليوم (الأربعاء)', '2015-07-22 day'],
  ['في اليوم الثاني من المحاكمة', ''],
  ['وقال لـ«اليوم» شقيق الضحية', ''],
  ['وأكد لصحيفة "اليوم" أن', ''],
  ['وفي ذلك اليوم من مايو 1982', '1982-05 month'],
  ['وفي فبراير خطف مسلحون', '2015-02 month'],
  ['يوم غد الخميس', '2015-07-23 day'],
  ['ومنذ يونيو', '2015-06 month'],
  ['في تلك الليلة', ''],
  ['منذ العام الماضي', '2014 year'],
  ['ومنذ عام 2009', '2009 year'],
  ['منذ عام', '2014 year'],
  ['منذ شهر', '2015-06 month'],
  ['منذ شهر مارس', '2015-03 month'],
  ['منذ يوم الجمعة', '2015-07-17 day'],
  ['بنهاية السنة الثانية', ''],
  ['بتاريخ 7 / يوليو / 2015 م', '2015-07-07 day'],
  ['(10/ شوال / 1436هـ)', '2015-07-26 day'],
  ['خلال شهر رمضان', '2015-06-18..2015-07-16 day'],
  ['في العشر الأواخر من شهر رمضان', '2015-07-08..2015-07-16 day'],
  ['في منتصف شهر رمضان', '2015-06-28..2015-07-07 day'],
  ['رمضان المقبل', '2016-06-06..2016-07-05 day'],
  ['طارق رمضان', ''],
  ['من 2013 إلى 2011', '2013 year'],
  ['في 15 من الشهر الجاري', '2015-07-15 day'],
  ['الخامس من الشهر الماضي', '2015-06-05 day'],
  ['منتصف العام الماضي', '2014-05..2014-08 month'],
  ['الأسبوع المقبل', '2015-07 month'],
  ['مساء يوم الجمعة', '2015-07-17 day'],
  ['يومي الاثنين والثلاثاء الماضيين', '2015-07-20..2015-07-21 day'],
  ['اشتباكات بين الاثنين والأربعاء', '2015-07-20..2015-07-22 day'],
  ['خلاف بين الاثنين والوزير', ''],
  ['الليلة', '2015-07-22 day'],
  ['يوم الخميس 16 يوليو', '2015-07-16 day'],
  ['في السابع من أكتوبر/تشرين الأول الماضي', '2014-10-07 day'],
  ['بعد منتصف ليل الأحد', '2015-07-20 day'],
  ['بعد منتصف ليلة السبت', '2015-07-19 day'],
  ['منتصف ليل الأحد', '2015-07-19 day'],
  ['3 أغسطس (آب) العام الماضي', '2014-08-03 day'],
  ['في مايو من العام الماضي', '2014-05 month'],
  ['في 12 يناير من العام المقبل', '2016-01-12 day'],
  ['ظهر اليوم (أمس)', '2015-07-21 day'],
  ['مساء أمس (أول أمس)', '2015-07-20 day'],
  ['اليوم (أمس) الشرطة', '2015-07-21 day'],
  ['في الثمانينات', '1980..1989 year'],
  ['أواخر ثمانينيات القرن الماضي', '1987..1989 year'],
  ['في تسعينيات القرن العشرين', '1990..1999 year'],
  ['في الستينات من عمره', ''],
  ['خلال الأيام الماضية', '2015-07 month'],
  ['في الأيام القليلة الماضية', '2015-07 month'],
  ['خلال اليومين الماضيين', '2015-07 month'],
  ['في الأسابيع الأخيرة', '2015 year'],
  ['مطلع الأسبوع الماضي', '2015-07 month'],
  ['في الأيام المقبلة', ''],
  ['على مدار الأشهر الماضية', ''],
];

const english: [string, string][] = [
  ['yesterday', '2015-07-21 day'],
  ['the day before yesterday', '2015-07-20 day'],
  ['today', '2015-07-22 day'],
  ['last night', '2015-07-21 day'],
  ['the night before last', '2015-07-20 day'],
  ['three days back', '2015-07-19 day'],
  ['yesterday morning', '2015-07-21 day'],
  ['this afternoon', '2015-07-22 day'],
  ['this morning', '2015-07-22 day'],
  ['last evening', '2015-07-21 day'],
  ['on Friday', '2015-07-17 day'],
  ['on Monday last week', '2015-07-13 day'],
  ['on Wednesday of last week', '2015-07-15 day'],
  ['on Wednesday', '2015-07-22 day'],
  ['last Wednesday', '2015-07-15 day'],
  ['next Monday', '2015-07-27 day'],
  ['early on Sunday', '2015-07-19 day'],
  ['late on Friday', '2015-07-17 day'],
  ['Friday night', '2015-07-17 day'],
  ['on Sunday, July 19, 2015', '2015-07-19 day'],
  ['two days ago', '2015-07-20 day'],
  ['a week ago', '2015-07-15 day'],
  ['three months ago', '2015-04 month'],
  ['last week', '2015-07 month'],
  ['last month', '2015-06 month'],
  ['this month', '2015-07 month'],
  ['last year', '2014 year'],
  ['this year', '2015 year'],
  ['early last month', '2015-06-01..2015-06-10 day'],
  ['in June', '2015-06 month'],
  ['in September', '2014-09 month'],
  ['last June', '2015-06 month'],
  ['June 2015', '2015-06 month'],
  ['June 5, 2015', '2015-06-05 day'],
  ['5 June 2015', '2015-06-05 day'],
  ['June 5th', '2015-06-05 day'],
  ['the 7th of October', '2014-10-07 day'],
  ['on 7 October', '2014-10-07 day'],
  ['mid-June', '2015-06-11..2015-06-20 day'],
  ['late August 2014', '2014-08-21..2014-08-31 day'],
  ['in 2015', '2015 year'],
  ['since 2011', '2011 year'],
  // After "of", a number that counts people is a count, not a year.
  ['the relocation of 1800 villagers', ''],
  ['the floods of 1998', '1998 year'],
  // After "the", a year names the happening told right after it; before anything else, it counts.
  ['the 1996 stadium bombings', '1996 year'],
  ['the 2003 coup attempt', '2003 year'],
  ['the 2000 troops', ''],
  ['between 2011 and 2013', '2011..2013 year'],
  ['from June to August 2015', '2015-06..2015-08 month'],
  ['1-5 June 2015', '2015-06-01..2015-06-05 day'],
  ['summer of 2021', '2021-06..2021-08 month'],
  ['last summer', '2014-06..2014-08 month'],
  ['on 12/03/2015', '2015-03-12 day'],
  ['on 7/21/2015', '2015-07-21 day'],
  ['they may go', ''],
  ['March forward', ''],
  ['in May', '2015-05 month'],
  ['mid-2015', '2015-05..2015-08 month'],
  ['late last year', '2014-09..2014-12 month'],
  ['earlier this month', '2015-07 month'],
  ['earlier this year', '2015 year'],
  ['early this month', '2015-07-01..2015-07-10 day'],
  ['the end of the month', '2015-07-21..2015-07-31 day'],
  ['next week', '2015 year'],
  ['On Tuesday, 14 July', '2015-07-14 day'],
  ['after midnight on Sunday', '2015-07-20 day'],
  ['stones were pelted on friday evening', '2015-07-17 day'],
  ['the sun was out', ''],
  ['in august 2000', '2000-08 month'],
  ['on march 13', '2015-03-13 day'],
  ['13 march, 2002', '2002-03-13 day'],
  ['10 may be freed', ''],
  ['August 3 last year', '2014-08-03 day'],
  ['in February next year', '2016-02 month'],
  ['late 1970s', '1977..1979 year'],
  ['in the 1970s', '1970..1979 year'],
  ["the 1970's", '1970..1979 year'],
  ["the '80s", '1980..1989 year'],
  ['mid-1990s', '1993..1996 year'],
  ['in the eighties', '1980..1989 year'],
  ['in his eighties', ''],
  ['in their late 80s', ''],
  ['in recent days', '2015-07 month'],
  ['during the past two days', '2015-07 month'],
  ['in the last few days', '2015-07 month'],
  ['in recent weeks', '2015 year'],
  ['in recent years', ''],
];

describe('findTimes resolves Arabic time expressions (reference Wednesday 2015-07-22)', () => {
  it.each(arabic)("'%s' → %s", (text, expected) => {
    expect(summary(text, REF)).toBe(expected);
  });
});

describe('findTimes resolves English time expressions (reference Wednesday 2015-07-22)', () => {
  it.each(english)("'%s' → %s", (text, expected) => {
    expect(summary(text, REF)).toBe(expected);
  });
});

describe('findTimes without a reference date', () => {
  const cases: [string, string][] = [
    ['أمس', 'null day'],
    ['الجمعة', 'null day'],
    ['السابع من أكتوبر', 'null day'],
    ['الشهر الماضي', 'null month'],
    ['last week', 'null month'],
    ['في 12 مارس 2024', '2024-03-12 day'],
    ['25 شوال 1436 هـ', '2015-08-10 day'],
    ['صيف عام 2021', '2021-06..2021-08 month'],
    ['August 3 last year', 'null day'],
    ['في الثمانينات', 'null year'],
    ['the 1970s', '1970..1979 year'],
    ['in recent days', 'null month'],
  ];
  it.each(cases)("'%s' → %s (relative expressions stay unresolved)", (text, expected) => {
    expect(summary(text, null)).toBe(expected);
  });
});

// A vague run of days is its month, or its year when it may cross a month's end.
describe('findTimes tells vague recency by its month or year', () => {
  it.each([
    ['in recent days', '2015-07-02', '2015 year'],
    ['last week', '2015-07-02', '2015-06 month'],
    ['in recent weeks', '2013-12-16', '2013 year'],
    ['الأسبوع الماضي', '2015-09-07', '2015 year'],
  ])("'%s' against %s → %s", (text, ref, expected) => {
    expect(summary(text, ref)).toBe(expected);
  });
});

/** Each line is a sentence. */
function linesSummary(text: string): string {
  let at = 0;
  const sentences = text.split('\n').map((line) => {
    const span: [number, number] = [at, at + line.length];
    at += line.length + 1;
    return { span };
  });
  return findTimes(text, sentences, 'en', REF)
    .map((t) => `${text.slice(...t.span)}=${t.value}`)
    .join(' | ');
}

describe('findTimes leaves a day that names a place or a revolution', () => {
  it.each(['اقتحم المسلحون قصر 22 مايو في عدن', 'في شارع 26 سبتمبر', 'ذكرى ثورة 14 أكتوبر'])(
    "'%s' holds no date",
    (text) => {
      expect(summary(text, REF)).toBe('');
    },
  );

  it('still reads a day told after a place with its own preposition', () => {
    expect(summary('قصف القصر في 22 مايو', REF)).toBe('2015-05-22 day');
  });
});

describe('findTimes in copy set in lower case throughout', () => {
  it('reads a lower-case month after a preposition when most sentences open in lower case', () => {
    expect(linesSummary('police fired in may.\nthe curfew was lifted till june.')).toBe(
      'may=2015-05 | june=2015-06',
    );
  });

  it('leaves a lower-case month after a preposition alone in ordinary copy', () => {
    expect(linesSummary('Police fired in may.\nThe curfew was lifted till june.')).toBe('');
  });

  it('never reads the verb or the noun as a month', () => {
    expect(linesSummary('this may lead to violence.\nthe march went ahead.\nthey will march on.')).toBe('');
  });
});

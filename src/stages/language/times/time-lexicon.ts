import { PhraseTable } from '../quantities/phrase-table.js';
import { foldWord } from '../quantities/word-lexer.js';

const table = <T>(entries: [string, T][]) => new PhraseTable<T>(entries);
const each = <T>(words: string, value: T): [string, T][] => words.split(' ').map((w) => [w, value]);

/** Weekdays, 0 = Sunday. "الأحد" and "الاثنين" are also "the one" and "the two": see `AMBIGUOUS_WEEKDAYS`. */
export const WEEKDAYS = table<number>([
  ...each('الأحد الاحد sunday', 0),
  ...each('الاثنين الإثنين monday', 1),
  ...each('الثلاثاء الثلثاء tuesday', 2),
  ...each('الأربعاء الاربعاء wednesday', 3),
  ...each('الخميس thursday', 4),
  ...each('الجمعة friday', 5),
  ...each('السبت saturday', 6),
]);
/**
 * English weekdays with an "s" glued on: the possessive of a day whose apostrophe a scrape dropped ("over
 * Sundays ambush"), or a habit ("on Fridays"). The weekday rule tells the two apart.
 */
export const GLUED_S_WEEKDAYS = table<number>(
  ['sundays', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays'].map((w, day) => [
    w,
    day,
  ]),
);
/** Weekday names that are also ordinary words (folded): the rules ask for a cue before reading them as days. */
export const AMBIGUOUS_WEEKDAYS = new Set(['الاحد', 'الاثنين']);
/**
 * Words before an ambiguous weekday that make it a day: a preposition of time ("منذ الأحد"), a plural past
 * verb, whose object "the one" or "the two" would hardly be ("قصفوا الأحد حي الروضة", "قاموا الأحد"), or
 * a definite word that is not dual ("قصف طيران تحالف الدول العربية الاثنين مواقع"): "the two" as an adjective
 * follows a dual ("الطرفين الاثنين"), "the one" a name of God ("الله الواحد الأحد").
 */
export const WEEKDAY_LEAD =
  /^(?:[وف]?(?:منذ|حتي|قبل)|(?![وفب]?ال)[\u0600-\u06ff]{3,}وا|(?![وفبل]?ال(?:له|واحد|اله|رب)$)[وفبل]?ال[\u0600-\u06ff]+(?<!ين|ان))$/;
/** Words after an ambiguous weekday that make it a day: a reported clause ("قال الجيش الاثنين إن"). */
export const WEEKDAY_FOLLOW = /^(?:ان|انه|انها|انهم|بان|بانه|بانها)$/;
/** Words after "الأحد" or "الاثنين" that make it a number: "الأحد عشر", "الاثنين من الجنود". */
export const NUMBER_FOLLOW = /^(?:من|عشر|عشره|معا)$/;

/** Words after a day, month or season that place it before, at or after the reference date. */
export const DIRECTION_AFTER = table<-1 | 0 | 1>([
  ...each('الماضي الماضية الماضيين الماضيتين المنصرم المنصرمة الفائت الفائتة السابق', -1 as const),
  ...each('الجاري الجارية الحالي الحالية', 0 as const),
  ...each('المقبل المقبلة المقبلين القادم القادمة', 1 as const),
]);
/** Words before: "last June", "this week", "next month", "هذا الأسبوع". */
export const DIRECTION_BEFORE = table<-1 | 0 | 1>([
  ...each('last past', -1 as const),
  ...each('this هذا هذه', 0 as const),
  ...each('next coming', 1 as const),
]);

/** Days named relative to the reference date. */
export const RELATIVE_DAYS = table<number>([
  ...each('اليوم الليلة today tonight', 0),
  ...each('أمس الأمس البارحة yesterday', -1),
  ['الليلة الماضية', -1],
  ['last night', -1],
  // "police fired teargas this afternoon": a part of the reference day told as this one.
  ...['this morning', 'this afternoon', 'this evening'].map((p): [string, number] => [p, 0]),
  ['last evening', -1],
  // "الليلة قبل الماضية", "the night before last": the night before last night, two days back.
  ...[
    'أول أمس',
    'أول من أمس',
    'أمس الأول',
    'the day before yesterday',
    'الليلة قبل الماضية',
    'the night before last',
  ].map((p): [string, number] => [p, -2]),
  ...each('غدا tomorrow', 1),
  ['بعد غد', 2],
  ['يوم غد', 1],
  // "مساء يوم أول أمس": the day's word before a past day belongs to its span, as after a part of day.
  ...['أمس', 'الأمس', 'أول أمس', 'أول من أمس', 'أمس الأول'].map((p): [string, number] => [
    `يوم ${p}`,
    p === 'أمس' || p === 'الأمس' ? -1 : -2,
  ]),
]);

/**
 * Days counted from the day the story last told, not from the reference date: "Police raided the camp on
 * Sunday; two guards had been shot the previous day" (Saturday), "في اليوم السابق", "قبل ذلك بيوم", "the
 * next day", "في اليوم التالي".
 */
export const TOLD_DAYS = table<number>([
  ...['the previous day', 'the day before', 'اليوم السابق', 'قبل ذلك بيوم'].map((p): [string, number] => [
    p,
    -1,
  ]),
  ['قبل ذلك بيومين', -2],
  ...['the next day', 'the following day', 'اليوم التالي', 'بعد ذلك بيوم'].map((p): [string, number] => [
    p,
    1,
  ]),
]);

/** "over the weekend", "this weekend", "خلال عطلة نهاية الأسبوع": the last weekend up to the reference date. */
export const WEEKEND = table<true>([
  ['weekend', true],
  ['عطلة نهاية الأسبوع', true],
]);
/**
 * The first day of a weekend, by the language of the text (the stage does not know the article's country):
 * Saturday–Sunday in English copy, Friday–Saturday, the weekend of most Arab states, in Arabic.
 */
export const WEEKEND_FIRST_DAY = { arabic: 5, english: 6 };

/** The part of day that moves the day it names to the next one. */
export const AFTER_MIDNIGHT = 'after midnight';

/** Parts of a day written before the day: "فجر اليوم", "مساء أمس", "early on Sunday". */
export const PARTS_OF_DAY_BEFORE = table<string>([
  ...each('فجر', 'dawn'),
  ...each('صباح', 'morning'),
  ...each('ظهر', 'noon'),
  ...each('عصر', 'afternoon'),
  ...each('مساء', 'evening'),
  ...each('ليل ليلة', 'night'),
  ...['منتصف ليل', 'منتصف ليلة', 'في ساعة مبكرة من', 'في وقت مبكر من', 'early on', 'early'].map(
    (p): [string, string] => [p, p.includes('منتصف') ? 'midnight' : 'early'],
  ),
  // "بعد منتصف ليل الأحد": the night of Sunday runs past midnight into Monday.
  ...['بعد منتصف ليل', 'بعد منتصف ليلة', 'after midnight on'].map((p): [string, string] => [
    p,
    AFTER_MIDNIGHT,
  ]),
  ...['في وقت متأخر من', 'late on', 'late'].map((p): [string, string] => [p, 'late']),
]);
/** Parts of a day written after it: "Friday night", "yesterday morning". */
export const PARTS_OF_DAY_AFTER = table<string>(
  'morning afternoon evening night'.split(' ').map((w): [string, string] => [w, w]),
);

export type Unit = 'day' | 'week' | 'month' | 'year';
const unitForms = (
  unit: Unit,
  one: string,
  two: string,
  many: string,
): [string, { unit: Unit; count?: number }][] => [
  ...each(one, { unit, count: 1 }),
  ...each(two, { unit, count: 2 }),
  ...each(many, { unit }),
];
/** Units of relative time: "قبل يومين", "three weeks ago". Singulars and duals carry their count; plurals need one. */
export const UNITS = table<{ unit: Unit; count?: number }>([
  ...unitForms('day', 'يوم يوما day', 'يومين', 'أيام days'),
  ...unitForms('week', 'أسبوع أسبوعا week', 'أسبوعين', 'أسابيع weeks'),
  ...unitForms('month', 'شهر شهرا month', 'شهرين', 'أشهر شهور months'),
  ...unitForms('year', 'عام عاما سنة year', 'عامين سنتين', 'أعوام سنوات years'),
]);
/** Calendar periods named relative to the reference date: "الأسبوع الماضي", "last month", "this year". */
export const PERIODS = table<Unit>([
  ...each('الأسبوع week', 'week' as const),
  ...each('الشهر month', 'month' as const),
  ...each('العام السنة year', 'year' as const),
]);

export type Season = 'winter' | 'spring' | 'summer' | 'autumn';
/** Season names: "صيف عام 2021", "الشتاء الماضي", "summer of 2021". */
export const SEASONS = table<Season>([
  ...each('شتاء الشتاء winter', 'winter' as const),
  ...each('ربيع الربيع spring', 'spring' as const),
  ...each('صيف الصيف summer', 'summer' as const),
  ...each('خريف الخريف autumn fall', 'autumn' as const),
]);

export type PeriodPart = 'early' | 'mid' | 'late';
/**
 * The part of a month or year: "مطلع الشهر الجاري", "أواخر يونيو", "early June", "mid-2015". "Earlier this
 * month" is none: it is any day of the month before the report, so it reads as "this month".
 */
export const PERIOD_PARTS = table<PeriodPart>([
  ...each('مطلع أوائل بداية بدايات early', 'early' as const),
  ...['the beginning of', 'the start of'].map((p): [string, PeriodPart] => [p, 'early']),
  ...each('منتصف أواسط mid', 'mid' as const),
  ...['the middle of'].map((p): [string, PeriodPart] => [p, 'mid']),
  ...each('أواخر نهاية late', 'late' as const),
  ...['the end of'].map((p): [string, PeriodPart] => [p, 'late']),
]);

/**
 * Words before a bare month that make it a date ("في يونيو", "in June", "شهر رمضان", "till june"), not a
 * verb ("مارس", "march").
 */
export const MONTH_CUES = new Set(
  'في خلال منذ شهر حتي من بين in during since until till by of from between early mid late'.split(' '),
);

/** Decades written in words, by their tens: "الثمانينات", "ثمانينيات القرن الماضي", "the eighties". */
export const DECADES = table<number>(
  'عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين'.split(' ').flatMap((stem, i) => {
    const english = 'twenties thirties forties fifties sixties seventies eighties nineties'.split(' ')[i];
    return each(`ال${stem}ات ال${stem}يات ${stem}ات ${stem}يات ${english}`, i + 2);
  }),
);
/** The century a decade names after it: an offset from the reference century, or its number (19 = 1900s). */
export const CENTURIES = table<{ offset: number } | { century: number }>([
  ...['القرن الماضي', 'القرن المنصرم', 'the last century', 'the previous century'].map(
    (p): [string, { offset: number }] => [p, { offset: -1 }],
  ),
  ...['القرن العشرين', 'the twentieth century'].map((p): [string, { century: number }] => [
    p,
    { century: 19 },
  ]),
]);

/** Words that announce a year: "عام 2015", "في العام 2015", "سنة 2015", "in 2015", "since 2009". */
export const YEAR_CUES = new Set(
  'عام العام سنة السنة عامي in since until by during of from between في منذ حتى خلال مطلع من بين'
    .split(' ')
    .map(foldWord),
);

/**
 * Happenings a year may name when it stands before them after "the": "the 2002 bombings", "the 1998 embassy
 * attacks", "the 2011 uprising". Without such a noun, "the 2000 troops" counts.
 */
export const NAMED_BY_YEAR = new Set(
  (
    'bombing bombings attack attacks blast blasts riot riots massacre massacres war uprising revolution coup ' +
    'invasion election elections crisis earthquake tsunami floods protest protests violence clashes killing ' +
    'killings assassination explosion explosions siege offensive raid raids shooting shootings pogrom carnage ' +
    'genocide intifada ceasefire truce'
  )
    .split(' ')
    .map(foldWord),
);
/** How many words may stand between such a year and its happening: "the 2002 Bali nightclub bombings". */
export const NAMED_BY_YEAR_REACH = 3;

/** Words that make a run of days, weeks or months the latest one: "الأيام الأخيرة", "recent weeks". */
export const LATEST = table<true>(each('الأخيرة الأخيرين الأخيرتين recent', true));
/**
 * Days a run told without its count may span: "في الأيام الأخيرة" about a week, "recent weeks" about a month
 * (so that, before the 16th, they reach into the month before).
 */
export const VAGUE_RUN_DAYS = { day: 7, week: 28 };

/** "Ago" written before the count: "قبل يومين", "منذ ثلاثة أيام". */
export const AGO_BEFORE = table<true>(each('قبل منذ', true));
/**
 * "Ago" written after it: "two days ago", "three days back", "three months earlier". The value is whether it
 * counts from the day the story last told ("a day earlier") rather than from the reference date.
 */
export const AGO_AFTER = table<boolean>([...each('ago back', false), ['earlier', true]]);

/** Joiners of date ranges: "من 1 إلى 5 يونيو", "بين عامي 2011 و2013", "2011-2013", "from June to August". */
export const RANGE_JOINERS = new Set(['-', '–', 'الي', 'حتي', 'to', 'until', 'through', 'and', 'و']);

/**
 * Arabic ordinal days (masculine, as for اليوم): "السابع", "الحادي عشر", "الثاني والعشرين", "الثلاثين".
 *
 * @example ORDINAL_DAYS.matchAt(lexSentences('الحادي والعشرين', [{ span: [0, 15] }]), 0)?.value === 21
 */
export const ORDINAL_DAYS = table<number>(ordinalDays());

function ordinalDays(): [string, number][] {
  const units = 'الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر'.split(' ');
  const out: [string, number][] = units.map((w, i) => [w, i + 1]);
  const unitsInCompounds = ['الحادي', ...units.slice(1, 9)];
  unitsInCompounds.forEach((w, i) => out.push([`${w} عشر`, 11 + i], [`${w} والعشرين`, 21 + i]));
  out.push(['العشرين', 20], ['الثلاثين', 30], ['الحادي والثلاثين', 31], ['first', 1]);
  return out;
}

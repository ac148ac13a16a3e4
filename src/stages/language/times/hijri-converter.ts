import type { DayNumber } from './calendar-math.js';

// Julian Day Number of 1970-01-01, and of the day before 1 Muharram 1 AH in the civil (Friday) epoch.
const JDN_UNIX_EPOCH = 2_440_588;
const JDN_HIJRI_EPOCH = 1_948_439;

/**
 * The tabular (arithmetical) Islamic calendar, civil epoch, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29
 * of each 30-year cycle (the "Kuwaiti algorithm"). It runs within a day or two of Umm al-Qura.
 *
 * @example tabularHijriToDay(1436, 10, 1) === dayNumber(2015, 7, 18) // Umm al-Qura: 17 July
 */
export function tabularHijriToDay(year: number, month: number, day: number): DayNumber {
  const jdn =
    day +
    Math.ceil(29.5 * (month - 1)) +
    (year - 1) * 354 +
    Math.floor((3 + 11 * year) / 30) +
    JDN_HIJRI_EPOCH;
  return jdn - JDN_UNIX_EPOCH;
}

const UMM_AL_QURA = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

function ummAlQuraOf(n: DayNumber): [number, number, number] {
  const parts = UMM_AL_QURA.formatToParts(new Date(n * 86_400_000));
  const get = (type: string) => parseInt(parts.find((p) => p.type === type)?.value ?? 'NaN', 10);
  return [get('year'), get('month'), get('day')];
}

/**
 * Converts a Hijri date to a Gregorian day. It takes the tabular estimate, then looks within three days
 * of it for the day that the Umm al-Qura calendar (ICU's table, shipped with Node) names with this Hijri
 * date; outside ICU's table it keeps the tabular estimate and says so.
 *
 * @example hijriToGregorian(1436, 10, 25) // { day: dayNumber(2015, 8, 10), method: 'umm-al-qura' }
 */
export function hijriToGregorian(
  year: number,
  month: number,
  day: number,
): { day: DayNumber; method: 'umm-al-qura' | 'tabular' } {
  const estimate = tabularHijriToDay(year, month, day);
  for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
    const [y, m, d] = ummAlQuraOf(estimate + delta);
    if (y === year && m === month && d === day) return { day: estimate + delta, method: 'umm-al-qura' };
  }
  return { day: estimate, method: 'tabular' };
}

/** The Umm al-Qura Hijri year a Gregorian day falls in. @example hijriYearOf(dayNumber(2015, 7, 22)) === 1436 */
export function hijriYearOf(n: DayNumber): number {
  const [year] = ummAlQuraOf(n);
  // Outside ICU's table: the tabular calendar's mean year length, counted from its epoch.
  return Number.isFinite(year) ? year : Math.floor(((n + JDN_UNIX_EPOCH - JDN_HIJRI_EPOCH) * 30) / 10631) + 1;
}

/** The Gregorian span of a Hijri year (for "عام 1436 هـ"). @example hijriYearSpan(1436).first === hijriToGregorian(1436, 1, 1).day */
export function hijriYearSpan(year: number): { first: DayNumber; last: DayNumber } {
  return { first: hijriToGregorian(year, 1, 1).day, last: hijriToGregorian(year + 1, 1, 1).day - 1 };
}

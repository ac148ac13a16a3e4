import { asciiDigits } from '../../core/text/ascii-digits.js';

/** Month names as news writes them: English (full and short), Arabic Gregorian and Levantine names. */
const MONTHS: Record<string, number> = {};
const EN = 'january february march april may june july august september october november december'.split(' ');
EN.forEach((m, i) => {
  MONTHS[m] = i + 1;
  MONTHS[m.slice(0, 3)] = i + 1;
});
MONTHS.sept = 9;
const AR: readonly (readonly string[])[] = [
  ['يناير', 'كانون الثاني', 'جانفي'],
  ['فبراير', 'شباط', 'فيفري'],
  ['مارس', 'آذار'],
  ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل'],
  ['مايو', 'أيار', 'ماي'],
  ['يونيو', 'حزيران', 'جوان'],
  ['يوليو', 'تموز', 'جويلية'],
  ['أغسطس', 'اغسطس', 'آب', 'أوت'],
  ['سبتمبر', 'أيلول'],
  ['أكتوبر', 'اكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الأول'],
];
AR.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

/** Regex source matching any month name (longest first, so "كانون الثاني" wins over a prefix). */
export const MONTH_NAME = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const DAY_MONTH_YEAR = new RegExp(
  `(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAME})\\.?,?\\s+(\\d{4})`,
  'i',
);
// Scrapers may drop the space between day and year: "Jul 282016".
const MONTH_DAY_YEAR = new RegExp(
  `(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})(?!\\d)`,
  'i',
);
const ISO = /(\d{4})-(\d{2})-(\d{2})/;
const NUMERIC_DMY = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;

/**
 * Reads a calendar date written in English or Arabic and returns it as YYYY-MM-DD, or null.
 * Accepts ISO timestamps, "April 8 2017", "Tue 05 Jul 2016", "10 أغسطس 2015", "١٢ آذار ٢٠٢٤", "26/ 7/ 2015".
 *
 * @example parseDate('Published April 8 2017') // '2017-04-08'
 */
export function parseDate(text: string): string | null {
  const s = asciiDigits(text);
  let m = ISO.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return valid(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return valid(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  m = NUMERIC_DMY.exec(s);
  if (m) return valid(+m[3], +m[2], +m[1]);
  const t = Date.parse(text);
  return Number.isNaN(t) || !/\d{4}/.test(text) ? null : new Date(t).toISOString().slice(0, 10);
}

function valid(y: number, mo: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

import { COUNTED_NOUNS } from '../quantities/casualty-lexicon.js';
import { isValidDate } from './calendar-math.js';
import type { DateSpec } from './date-spec.js';
import {
  CENTURIES,
  DECADES,
  DIRECTION_AFTER,
  MONTH_CUES,
  NAMED_BY_YEAR,
  NAMED_BY_YEAR_REACH,
  PERIODS,
  SEASONS,
  YEAR_CUES,
} from './time-lexicon.js';
import type { LexemeWindow, TimeMatch } from './time-match.js';

/**
 * Numeric dates: 21/7/2015, 21-07-2015, 2015/07/21, 21.07.2015. Day first, as Arabic and British papers
 * write it; month first only when the day-first reading is impossible (7/21/2015).
 *
 * @example numericDate(window('في 21/7/2015'), 1)?.spec // { kind: 'date', year: 2015, month: 7, day: 21, … }
 */
export function numericDate(w: LexemeWindow, i: number): TimeMatch | null {
  const l = w.lex[i];
  if (l.kind !== 'number') return null;
  let parts: number[] | null = null;
  let end = i + 1;
  const dotted = /^(\d{1,4})\.(\d{1,2})\.(\d{1,4})$/.exec(l.norm);
  if (dotted) parts = [+dotted[1], +dotted[2], +dotted[3]];
  else {
    const sep = w.at(i, i + 1)?.norm;
    const glued = (k: number) => w.at(i, k)?.kind === 'number' && w.lex[k].start - w.lex[k - 1].end <= 1;
    if ((sep === '/' || sep === '-') && glued(i + 2) && w.is(i, i + 3, sep) && glued(i + 4)) {
      parts = [+l.norm, +w.lex[i + 2].norm, +w.lex[i + 4].norm];
      end = i + 5;
    }
  }
  if (!parts) return null;
  const [a, b, c] = parts;
  const [year, month, day] = a > 999 ? [a, b, c] : isValidDate(c, b, a) ? [c, b, a] : [c, a, b];
  if (year < 1300 || !isValidDate(year, month, day)) return null;
  return { start: i, end, spec: { kind: 'date', calendar: 'gregorian', year, month, day } };
}

/**
 * «قصر 22 مايو», «شارع 26 سبتمبر», «جسر 6 أكتوبر», «ثورة 14 أكتوبر»: a building, a street, a town or a
 * revolution named after a day (folded forms). Such a day and month, with no year, are a name, not a date.
 */
const NAMED_AFTER_DAY =
  /^[وفبل]?(?:ال)?(?:قصر|شارع|ملعب|جامعه|مستشفي|ساحه|جسر|حي|مدرسه|مطار|ميدان|مدينه|معسكر|دوار|كليه|مجمع|ثوره)$/;

/**
 * "April 7th Street", "the 6 October Bridge", "the March 14 alliance": in English the thing named after a
 * day follows it. Such a day and month, with no year, are a name, not a date.
 */
const NAMED_BY_DAY = new Set([
  'street',
  'avenue',
  'road',
  'square',
  'bridge',
  'stadium',
  'university',
  'airport',
  'hospital',
  'camp',
  'neighbourhood',
  'neighborhood',
  'alliance',
  'coalition',
  'movement',
  'revolution',
  'brigade',
  'brigades',
]);

/**
 * Whether the day and month from `i` to `end`, with no year, name the thing written right after them: a name's
 * noun is capitalised ("April 7th Street") or the whole is one noun phrase after "the" ("the March 14
 * alliance"); "on April 7 university students marched" dates the march.
 */
function namesThingAfter(w: LexemeWindow, i: number, end: number): boolean {
  const thing = w.at(i, end);
  if (!thing || !NAMED_BY_DAY.has(thing.norm)) return false;
  return thing.capitalised || w.at(i, i - 1)?.norm === 'the';
}

/**
 * Day and month, with an optional year: "7 أكتوبر", "السابع من أكتوبر", "الخامس من تشرين الأول 2023",
 * "25 شوال 1436 هـ", "5 June 2015", "1-5 يونيو" (a range of days). Hijri dates need their year.
 *
 * @example dayMonth(window('السابع من أكتوبر'), 0)?.spec // { kind: 'date', month: 10, day: 7, … }
 */
export function dayMonth(w: LexemeWindow, i: number): TimeMatch | null {
  const first = w.dayAt(i);
  if (!first) return null;
  let k = first.end;
  let lastDay: number | undefined;
  if (w.is(i, k, '-', '–', 'الي', 'و', 'to', 'and')) {
    const second = w.dayAt(k + 1);
    if (second && second.day > first.day && w.at(i, k + 1)) {
      lastDay = second.day;
      k = second.end;
    }
  }
  if (w.is(i, k, 'من', 'of', '/')) k++;
  const month = w.at(i, k) ? w.monthAt(k, true) : null;
  if (!month) return dayOfRelativeMonth(w, i, k, first.day);
  const y = w.yearAfter(month.end);
  if (
    y.year === undefined &&
    (NAMED_AFTER_DAY.test(w.at(i, i - 1)?.norm ?? '') || namesThingAfter(w, i, y.end))
  )
    return null;
  const calendar = month.month.calendar === 'hijri' || y.hijri ? 'hijri' : 'gregorian';
  if (month.month.calendar === 'hijri' && y.year === undefined && !opensHijriRange(w, i, y.end)) return null;
  // "18 مارس الماضي", "31 يوليو الحالي", "12 أغسطس المقبل".
  const after = y.end === month.end && w.at(i, y.end) ? DIRECTION_AFTER.matchAt(w.lex, y.end) : null;
  const end = after ? y.end + after.length : y.end;
  const spec = {
    kind: 'date',
    calendar,
    year: y.year,
    yearOffset: y.yearOffset,
    month: month.month.month,
    day: first.day,
  } as const;
  return dateMatch(i, end, after ? { ...spec, direction: after.value } : spec, lastDay);
}

/**
 * "من 20 رمضان إلى 5 شوال 1436 هـ": a Hijri day and month without a year of its own still opens a range
 * whose other end, a Hijri date, has one; the range reader gives it that year (or the year before).
 */
function opensHijriRange(w: LexemeWindow, i: number, k: number): boolean {
  if (!w.is(i, k, '-', '–', 'الي', 'حتي', 'to', 'until')) return false;
  const end = w.at(i, k + 1) ? dayMonth(w, k + 1) : null;
  return end?.spec.kind === 'date' && end.spec.calendar === 'hijri' && end.spec.year !== undefined;
}

/** "في 15 من الشهر الجاري", "الخامس من الشهر الماضي": a day of a month named from the reference date. */
function dayOfRelativeMonth(w: LexemeWindow, i: number, k: number, day: number): TimeMatch | null {
  const period = w.at(i, k) && w.lex[k].kind === 'word' ? PERIODS.matchAt(w.lex, k) : null;
  const after = period?.value === 'month' && w.at(i, k + 1) ? DIRECTION_AFTER.matchAt(w.lex, k + 1) : null;
  if (!after) return null;
  return { start: i, end: k + 1 + after.length, spec: { kind: 'month-day', day, offset: after.value } };
}

/** A cue word, behind a joining "و" or "ف" too ("وفي فبراير", "ومنذ 2009"). */
function isCue(cues: ReadonlySet<string>, word: string | undefined): boolean {
  return word !== undefined && (cues.has(word) || (/^[وف]/.test(word) && cues.has(word.slice(1))));
}

/**
 * Month first: "June 5, 2015", "June 5th", "يونيو 2015", "حزيران (يونيو) 2015", "يونيو الماضي",
 * "في يونيو", "in June". A bare month needs a cue before it or a year or direction after it.
 *
 * @example monthFirst(window('يونيو الماضي'), 0)?.spec // { kind: 'date', month: 6, direction: -1, … }
 */
export function monthFirst(w: LexemeWindow, i: number, cued = false): TimeMatch | null {
  const month = w.monthAt(i);
  if (!month) return null;
  const calendar = month.month.calendar;
  const day = /^[a-z]/.test(w.lex[i].norm) ? w.dayAt(month.end) : null;
  if (day && w.at(i, month.end)) {
    const y = w.yearAfter(day.end);
    if (y.year === undefined && namesThingAfter(w, i, y.end)) return null;
    return dateMatch(i, y.end, {
      kind: 'date',
      calendar,
      year: y.year,
      yearOffset: y.yearOffset,
      month: month.month.month,
      day: day.day,
    });
  }
  const y = w.yearAfter(month.end);
  // "in June last year"; a Hijri month named so is left to its own calendar's directions ("رمضان الماضي").
  if (y.year !== undefined || (y.yearOffset !== undefined && calendar === 'gregorian'))
    return {
      start: i,
      end: y.end,
      spec: {
        kind: 'date',
        calendar: y.hijri ? 'hijri' : calendar,
        year: y.year,
        yearOffset: y.yearOffset,
        month: month.month.month,
      },
    };
  const direction = w.at(i, month.end) ? DIRECTION_AFTER.matchAt(w.lex, month.end) : null;
  const before = w.at(i, i - 1)?.norm;
  if (!direction && !cued && !isCue(MONTH_CUES, before)) return null;
  // Hijri months are also names ("رمضان") or words ("صفر" is zero): alone they need "شهر" or a direction.
  if (calendar === 'hijri' && !direction && before !== 'شهر') return null;
  const end = direction ? month.end + direction.length : month.end;
  return {
    start: i,
    end,
    spec: { kind: 'date', calendar, month: month.month.month, direction: direction?.value },
  };
}

/**
 * A year: "عام 2015", "في العام 2015", "in 2015", "since 2009", "1436 هـ", "2015م", "the 2002 bombings". A
 * bare four-digit number needs a cue: it is more often a count or an identifier.
 *
 * @example yearOnly(window('عام 1436 هـ'), 0)?.spec // { kind: 'year', calendar: 'hijri', year: 1436 }
 */
export function yearOnly(w: LexemeWindow, i: number, cued = false): TimeMatch | null {
  let k = i;
  if (w.is(i, k, 'عام', 'العام', 'سنه', 'السنه', 'عامي', 'year')) k++;
  const y = w.at(i, k) ? w.yearAt(k) : null;
  if (!y) return null;
  const marker = w.at(k, y.end)?.norm;
  const before = w.at(i, i - 1)?.norm;
  const cue = isCue(YEAR_CUES, before) || (before === 'the' && namesHappening(w, i, y.end));
  if (k === i && !cued && marker !== 'ه' && marker !== 'م' && !cue) return null;
  // "a total of 1500 people", "the deaths of 1400 civilians": after "of" with only that cue, a number
  // that counts people is a count.
  if (k === i && !cued && before === 'of' && w.at(i, y.end) && COUNTED_NOUNS.matchAt(w.lex, y.end))
    return null;
  const calendar = marker === 'ه' ? 'hijri' : 'gregorian';
  return {
    start: i,
    end: marker === 'ه' || marker === 'م' ? y.end + 1 : y.end,
    spec: { kind: 'year', calendar, year: y.year },
  };
}

/** Whether a happening a year names (NAMED_BY_YEAR) follows it within a few words, from lexeme `from`. */
function namesHappening(w: LexemeWindow, i: number, from: number): boolean {
  for (let k = from; k <= from + NAMED_BY_YEAR_REACH; k++) {
    const l = w.at(i, k);
    if (l?.kind !== 'word') return false;
    if (NAMED_BY_YEAR.has(l.norm)) return true;
  }
  return false;
}

/** Possessives before a decade make it an age: "in his eighties", "in their late 80s". */
const AGE_OWNERS = new Set('his her their its my our your'.split(' '));

/**
 * A decade: "the 1970s", "1970's", "the '80s", "الثمانينات", "ثمانينيات القرن الماضي", "the eighties
 * of the last century". Ages are not decades: "in his eighties", "في الستينات من عمره".
 *
 * @example decade(window('the 1970s'), 1)?.spec // { kind: 'decade', tens: 7, century: 19 }
 */
export function decade(w: LexemeWindow, i: number): TimeMatch | null {
  const named = writtenDecade(w, i);
  if (!named || AGE_OWNERS.has(w.at(i, i - 1)?.norm ?? '') || AGE_OWNERS.has(w.at(i, i - 2)?.norm ?? ''))
    return null;
  let end = named.end;
  if (w.is(i, end, 'من', 'of')) end++;
  if (w.at(i, end)?.norm.startsWith('عمر') || w.is(i, end, 'العمر')) return null;
  const century = w.at(i, end) ? CENTURIES.matchAt(w.lex, end) : null;
  if (!century) return { start: i, end: named.end, spec: named.spec };
  const spec = 'century' in century.value ? { ...named.spec, ...century.value } : named.spec;
  const offset = 'offset' in century.value ? { centuryOffset: century.value.offset } : {};
  return { start: i, end: end + century.length, spec: { ...spec, ...offset } };
}

/** "1970s" (its century written), "'80s" and "the 80s" (a plural of digits after "the" or an apostrophe), "الثمانينات". */
function writtenDecade(
  w: LexemeWindow,
  i: number,
): { spec: Extract<DateSpec, { kind: 'decade' }>; end: number } | null {
  const l = w.lex[i];
  if (l.kind === 'word') {
    const hit = DECADES.matchAt(w.lex, i);
    return hit ? { spec: { kind: 'decade', tens: hit.value }, end: i + hit.length } : null;
  }
  const digits = l.kind === 'number' ? /^(1[3-9]|20)?([0-9])0$/.exec(l.norm) : null;
  const end = digits ? pluralEnd(w, i) : null;
  if (!digits || end === null) return null;
  const tens = +digits[2];
  if (digits[1]) return { spec: { kind: 'decade', tens, century: +digits[1] }, end };
  const before = w.at(i, i - 1);
  const elided = before?.norm === "'" && before.end === l.start;
  return elided || w.is(i, i - 1, 'the') || w.is(i, i - 2, 'the')
    ? { spec: { kind: 'decade', tens }, end }
    : null;
}

/** The end of the plural "s" glued to the number at i ("1970s", "1970's"), or null. */
function pluralEnd(w: LexemeWindow, i: number): number | null {
  const glued = (k: number) => w.at(i, k) && w.lex[k].start === w.lex[k - 1].end;
  if (glued(i + 1) && w.lex[i + 1].norm === 's') return i + 2;
  return glued(i + 1) && w.lex[i + 1].norm === "'" && glued(i + 2) && w.lex[i + 2].norm === 's'
    ? i + 3
    : null;
}

/**
 * A season with a year or a direction: "صيف عام 2021", "summer of 2021", "الصيف الماضي", "last winter".
 *
 * @example season(window('صيف عام 2021'), 0)?.spec // { kind: 'season', season: 'summer', year: 2021 }
 */
export function season(w: LexemeWindow, i: number, direction?: -1 | 0 | 1): TimeMatch | null {
  const hit = w.lex[i].kind === 'word' ? SEASONS.matchAt(w.lex, i) : null;
  if (!hit) return null;
  const k = i + hit.length;
  const y = w.yearAfter(k);
  if (y.year !== undefined)
    return { start: i, end: y.end, spec: { kind: 'season', season: hit.value, year: y.year } };
  const after = w.at(i, k) ? DIRECTION_AFTER.matchAt(w.lex, k) : null;
  const dir = after?.value ?? direction;
  if (dir === undefined) return null;
  return {
    start: i,
    end: after ? k + after.length : k,
    spec: { kind: 'season', season: hit.value, direction: dir },
  };
}

function dateMatch(
  start: number,
  end: number,
  spec: Extract<DateSpec, { kind: 'date' }>,
  lastDay?: number,
): TimeMatch | null {
  if (spec.day && spec.day > (spec.calendar === 'hijri' ? 30 : 31)) return null;
  const match: TimeMatch = { start, end, spec };
  if (lastDay !== undefined) match.lastDay = lastDay;
  return match;
}

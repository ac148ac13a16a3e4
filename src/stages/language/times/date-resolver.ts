import type { DatePrecision } from '../../../core/records.js';
import {
  formatDay,
  fromDayNumber,
  isValidDate,
  dayNumber,
  weekday,
  type DayNumber,
} from './calendar-math.js';
import { gregorianDate, hijriDate } from './calendar-dates.js';
import { decadeSpan, narrow, period, season, vagueRun } from './date-runs.js';
import { signed, type DateSpec, type Resolved } from './date-spec.js';
import { hijriYearSpan } from './hijri-converter.js';
import type { PeriodPart } from './time-lexicon.js';

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Places a spec on the calendar against the reference day (null = unknown: anything that needs it gets
 * value null). A part ("early", "mid", "late") narrows a month to days 1–10, 11–20, 21–end and a year to
 * months 1–4, 5–8, 9–12.
 *
 * @example resolveSpec({ kind: 'relative-day', offset: -1 }, dayNumber(2015, 7, 22)).value === '2015-07-21'
 */
export function resolveSpec(spec: DateSpec, ref: DayNumber | null, part?: PeriodPart): Resolved {
  const r = resolveWhole(spec, ref);
  // "مطلع الأسبوع الماضي": a week is already told by its month (see `vagueRun`), not by its days.
  const week = spec.kind === 'period' && spec.unit === 'week';
  return part && r.value && !week ? narrow(r, part) : r;
}

function resolveWhole(spec: DateSpec, ref: DayNumber | null): Resolved {
  const unknown = (precision: DatePrecision, reason: string): Resolved => ({
    value: null,
    precision,
    reason: `${reason}; no reference date`,
  });
  switch (spec.kind) {
    case 'date':
      return spec.calendar === 'hijri' ? hijriDate(spec, ref) : gregorianDate(spec, ref);
    case 'month-day': {
      if (ref === null) return unknown('day', 'day of a month relative to the reference date');
      const r = fromDayNumber(ref);
      const index = r.year * 12 + r.month - 1 + spec.offset;
      const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
      if (!isValidDate(year, month, spec.day))
        return { value: null, precision: 'day', reason: 'no such date' };
      return {
        value: formatDay(dayNumber(year, month, spec.day)),
        precision: 'day',
        reason: `day ${spec.day} of the reference month ${signed(spec.offset)}`,
      };
    }
    case 'year': {
      if (spec.calendar === 'gregorian')
        return { value: String(spec.year), precision: 'year', reason: 'explicit year' };
      const { first, last } = hijriYearSpan(spec.year);
      const reason = `Hijri year ${spec.year} converted`;
      return { value: formatDay(first), end: formatDay(last), precision: 'day', reason };
    }
    case 'relative-day': {
      if (ref === null) return unknown('day', 'day relative to the reference date');
      const day = ref + spec.offset;
      // "أمس الجمعة" against a reference date that is not a Saturday: papers re-date wire reports (and
      // corpora record the day they fetched a page), so the weekday, tied to the writing, is the better
      // witness: the latest such weekday on or before the relative day.
      if (spec.weekday !== undefined && spec.weekday !== weekday(day)) {
        const named = day - ((weekday(day) - spec.weekday + 7) % 7);
        const [said, was] = [WEEKDAY_NAMES[spec.weekday], WEEKDAY_NAMES[weekday(day)]];
        return {
          value: formatDay(named),
          precision: 'day',
          reason: `the text names ${said}, but reference date ${signed(spec.offset)} days is a ${was}: latest ${said} on or before it`,
        };
      }
      return {
        value: formatDay(day),
        precision: 'day',
        reason: `reference date ${signed(spec.offset)} days`,
      };
    }
    case 'weekday': {
      if (ref === null) return unknown('day', 'weekday');
      if (spec.week) {
        const start = ref - ((weekday(ref) - spec.week.weekStart + 7) % 7) + 7 * spec.week.offset;
        const day = start + ((spec.weekday - spec.week.weekStart + 7) % 7);
        return {
          value: formatDay(day),
          precision: 'day',
          reason: `weekday of the week ${signed(spec.week.offset)}`,
        };
      }
      if (spec.direction === 1) {
        const ahead = (spec.weekday - weekday(ref) + 7) % 7 || 7;
        return {
          value: formatDay(ref + ahead),
          precision: 'day',
          reason: 'first such weekday after the reference date',
        };
      }
      const back = (weekday(ref) - spec.weekday + 7) % 7 || (spec.direction === -1 ? 7 : 0);
      const reason = `latest such weekday ${spec.direction === -1 ? 'before' : 'on or before'} the reference date`;
      return { value: formatDay(ref - back), precision: 'day', reason };
    }
    case 'weekend':
      return ref === null ? unknown('day', 'weekend') : weekend(spec, ref);
    case 'period':
      return ref === null
        ? unknown(spec.unit === 'year' ? 'year' : 'month', `${spec.unit} relative`)
        : period(spec, ref);
    case 'season':
      return season(spec, ref);
    case 'recent':
      return ref === null
        ? unknown('month', 'recent days')
        : vagueRun(ref - spec.days, ref, `the ${spec.days} days up to the reference date`);
    case 'decade':
      return decadeSpan(spec, ref);
  }
}

/**
 * "over the weekend": the latest weekend begun by the reference date, cut at it (a paper out on the Saturday
 * has not seen the Sunday); "this weekend" the nearer one, ahead from the fourth day after it begins. A
 * weekend is told as the run of its days.
 */
function weekend(spec: Extract<DateSpec, { kind: 'weekend' }>, ref: DayNumber): Resolved {
  const since = (weekday(ref) - spec.firstDay + 7) % 7;
  const ahead = spec.direction === 1 || (spec.direction === 0 && since >= NEARER_WEEKEND_AHEAD);
  let first = ref - since + (ahead ? 7 : 0);
  if (spec.direction === -1 && first + 1 >= ref) first -= 7;
  const last = ahead ? first + 1 : Math.min(first + 1, ref);
  const which = ahead ? 'next' : spec.direction === -1 ? 'latest ended' : 'latest begun';
  return {
    value: formatDay(first),
    ...(last > first ? { end: formatDay(last) } : {}),
    precision: 'day',
    reason: `the ${which} weekend (from ${WEEKDAY_NAMES[spec.firstDay]}) by the reference date`,
  };
}

/** Days after a weekend begins from which "this weekend" is the one ahead (a Wednesday for Saturday's). */
const NEARER_WEEKEND_AHEAD = 4;

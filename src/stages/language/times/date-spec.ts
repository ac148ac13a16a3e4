import type { DatePrecision } from '../../../core/records.js';
import type { Season, Unit } from './time-lexicon.js';

/** What a time expression says, before it is placed on the calendar. */
export type DateSpec =
  | {
      kind: 'date';
      calendar: 'gregorian' | 'hijri';
      year?: number;
      /** The year named from the reference year: "3 أغسطس العام الماضي", "in June last year". */
      yearOffset?: number;
      month: number;
      day?: number;
      direction?: -1 | 0 | 1;
    }
  | { kind: 'year'; calendar: 'gregorian' | 'hijri'; year: number }
  /** `told`: counted from the day the story last told ("the previous day"); the caller picks the reference. */
  | { kind: 'relative-day'; offset: number; weekday?: number; told?: boolean }
  /** The weekend from `firstDay` (5 = Friday): −1 "last", 0 "this", 1 "next", none told ("over the weekend"). */
  | { kind: 'weekend'; firstDay: number; direction?: -1 | 0 | 1 }
  | { kind: 'month-day'; day: number; offset: number }
  /** `week`: the calendar week it lies in, counted from the reference date's ("Monday last week"). */
  | { kind: 'weekday'; weekday: number; direction: -1 | 0 | 1; week?: { offset: number; weekStart: number } }
  /** `told`: counted from the date the story last told ("three months earlier"); the caller picks the reference. */
  | { kind: 'period'; unit: Unit; offset: number; weekStart: number; told?: boolean }
  /** The `days` days up to the reference date, told vaguely ("in recent days"). */
  | { kind: 'recent'; days: number }
  | { kind: 'season'; season: Season; year?: number; direction?: -1 | 0 | 1 }
  /** `century` 19 = the 1900s; without it the decade lies in the reference century (or the one before). */
  | { kind: 'decade'; tens: number; century?: number; centuryOffset?: number };

/** A spec placed on the calendar: value (and end for spans), precision, and why. */
export interface Resolved {
  value: string | null;
  end?: string;
  precision: DatePrecision;
  reason: string;
}

/** An offset as a reason writes it: "+ 3", "− 1". */
export function signed(n: number): string {
  return n < 0 ? `− ${-n}` : `+ ${n}`;
}

import type { Lexeme } from '../quantities/word-lexer.js';
import type { DateSpec } from './date-spec.js';
import { MONTHS, type MonthName } from './month-lexicon.js';
import { DIRECTION_AFTER, DIRECTION_BEFORE, MONTH_CUES, ORDINAL_DAYS, PERIODS } from './time-lexicon.js';

/** A rule's find: lexemes [start, end) and what they say. */
export interface TimeMatch {
  start: number;
  end: number;
  spec: DateSpec;
  /** For a range of days in one month ("1-5 يونيو"): the last day. */
  lastDay?: number;
}

/**
 * Lexemes of one sentence with the look-ups the rules share.
 *
 * @example new LexemeWindow(lexSentences('في 2015', [{ span: [0, 7] }])).yearAt(1) // { year: 2015, end: 2 }
 */
export class LexemeWindow {
  private lowerCase: boolean | undefined;

  constructor(readonly lex: readonly Lexeme[]) {}

  /**
   * Most sentences that open with a Latin word open in lower case: copy set in lower case throughout (some
   * archives store it so), where a month name has lost the capital that tells it from a verb. Read only
   * for a month name in lower case, so counted on the first such name, not for every text.
   */
  get lowerCaseCopy(): boolean {
    return (this.lowerCase ??= opensInLowerCase(this.lex));
  }

  /** Lexeme k when it is in the same sentence as lexeme i. */
  at(i: number, k: number): Lexeme | undefined {
    const lex = this.lex;
    // Rules ask about the words before the first and after the last: bounds are checked here, since a read
    // out of bounds sent every rule that inlines this back to the interpreter the first time it happened.
    if (k < 0 || k >= lex.length || i < 0 || i >= lex.length) return undefined;
    return lex[k].sentence === lex[i].sentence ? lex[k] : undefined;
  }

  is(i: number, k: number, ...norms: string[]): boolean {
    const l = this.at(i, k);
    return !!l && norms.includes(l.norm);
  }

  /** A four-digit year (1300–2100) at k. */
  yearAt(k: number): { year: number; end: number } | null {
    const l = this.lex[k];
    if (!l || l.kind !== 'number' || !/^\d{4}$/.test(l.norm)) return null;
    const year = +l.norm;
    return year >= 1300 && year <= 2100 ? { year, end: k + 1 } : null;
  }

  /** A day of the month at k: 1–31 in digits (with "st", "th" glued) or an Arabic ordinal ("السابع"). */
  dayAt(k: number): { day: number; end: number } | null {
    const l = this.lex[k];
    if (!l) return null;
    if (l.kind === 'number' && /^\d{1,2}$/.test(l.norm) && +l.norm >= 1 && +l.norm <= 31) {
      const suffix = this.at(k, k + 1);
      const glued = suffix && suffix.start === l.end && /^(st|nd|rd|th)$/.test(suffix.norm);
      return { day: +l.norm, end: glued ? k + 2 : k + 1 };
    }
    const ordinal = l.kind === 'word' ? ORDINAL_DAYS.matchAt(this.lex, k) : null;
    return ordinal ? { day: ordinal.value, end: k + ordinal.length } : null;
  }

  /**
   * A month name at k, with a second name for the same month in parentheses or after a slash
   * ("حزيران (يونيو)", "يونيو/حزيران"), which newspapers add for readers of the other system.
   * `afterDay`: a day number stands before it ("13 march").
   */
  monthAt(k: number, afterDay = false): { month: MonthName; end: number } | null {
    const l = this.lex[k];
    if (!l || l.kind !== 'word') return null;
    const hit = MONTHS.matchAt(this.lex, k);
    if (!hit) return null;
    if (/^[a-z]/.test(l.norm) && !l.capitalised && !this.lowerCaseMonthIsDate(k, k + hit.length, afterDay))
      return null;
    let end = k + hit.length;
    const open = this.at(k, end);
    const bare = open?.kind === 'word' ? MONTHS.matchAt(this.lex, end) : null;
    if (bare && bare.value.month === hit.value.month && bare.value.calendar === hit.value.calendar) {
      end += bare.length; // "مايو أيار", "يناير كانون الثاني": the second system's name without brackets
    } else if (open && (open.norm === '(' || open.norm === '/')) {
      const alt = MONTHS.matchAt(this.lex, end + 1);
      if (alt && alt.value.month === hit.value.month && alt.value.calendar === hit.value.calendar) {
        end += 1 + alt.length;
        if (open.norm === '(' && this.is(k, end, ')')) end++;
      }
    }
    return { month: hit.value, end };
  }

  /**
   * An English month name in lower case is most often the verb or adjective ("may", "march", "august"). It
   * is a date beside a number ("march 13", "august 2000", "13 march" with no word after it: "10 may be
   * freed" is not), or after a preposition in copy set in lower case throughout ("in june", "till june").
   */
  private lowerCaseMonthIsDate(k: number, end: number, afterDay: boolean): boolean {
    const next = this.at(k, end);
    if (next?.kind === 'number' && (this.dayAt(end) ?? this.yearAt(end))) return true;
    if (afterDay) return next?.kind !== 'word';
    const before = this.at(k, k - 1);
    return this.lowerCaseCopy && !!before && MONTH_CUES.has(before.norm);
  }

  /**
   * An optional year after a month: ", 2015", "2015", "من العام 2015", "عام 1436 هـ", "of 2015", or one
   * named from the reference date ("العام الماضي", "of last year"). Returns the year or its offset (if
   * any), whether a Hijri marker follows, and the end.
   */
  yearAfter(k: number): { year?: number; yearOffset?: number; hijri: boolean; end: number } {
    let j = k;
    if (this.is(k - 1, j, ',', '/')) j++;
    if (this.is(k - 1, j, 'من', 'of')) j++;
    const relative = this.at(k - 1, j) ? this.relativeYearAt(j) : null;
    if (relative) return { yearOffset: relative.offset, hijri: false, end: relative.end };
    if (this.is(k - 1, j, 'عام', 'العام', 'سنه', 'السنه')) j++;
    const y = this.at(k - 1, j) ? this.yearAt(j) : null;
    if (!y) return { hijri: false, end: k };
    const marker = this.at(j, y.end);
    const hijri = marker?.norm === 'ه';
    const gregorian = marker?.norm === 'م';
    return { year: y.year, hijri, end: hijri || gregorian ? y.end + 1 : y.end };
  }

  /** "العام الماضي", "السنة المقبلة", "last year", "this year" at j: the year's offset from the reference year. */
  private relativeYearAt(j: number): { offset: number; end: number } | null {
    const before = this.lex[j].kind === 'word' ? DIRECTION_BEFORE.matchAt(this.lex, j) : null;
    const k = before ? j + before.length : j;
    const unit = this.at(j, k)?.kind === 'word' ? PERIODS.matchAt(this.lex, k) : null;
    if (unit?.value !== 'year') return null;
    if (before) return { offset: before.value, end: k + unit.length };
    const after = this.at(j, k + 1) ? DIRECTION_AFTER.matchAt(this.lex, k + 1) : null;
    return after ? { offset: after.value, end: k + 1 + after.length } : null;
  }
}

/** True when most sentences that open with a Latin word open in lower case. */
function opensInLowerCase(lex: readonly Lexeme[]): boolean {
  let latin = 0;
  let lower = 0;
  let opened = -1; // the last sentence whose opening lexeme was read
  for (const l of lex) {
    if (l.kind === 'punct' || l.sentence === opened) continue;
    opened = l.sentence;
    if (l.kind === 'word' && /^[a-z]/.test(l.norm)) {
      latin++;
      if (!l.capitalised) lower++;
    }
  }
  return latin > 0 && lower * 2 > latin;
}

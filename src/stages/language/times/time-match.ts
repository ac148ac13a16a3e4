import type { Lexeme } from '../quantities/word-lexer.js';
import type { DateSpec } from './date-resolver.js';
import { MONTHS, type MonthName } from './month-lexicon.js';
import { ORDINAL_DAYS } from './time-lexicon.js';

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
  constructor(readonly lex: readonly Lexeme[]) {}

  /** Lexeme k when it is in the same sentence as lexeme i. */
  at(i: number, k: number): Lexeme | undefined {
    const l = this.lex[k];
    return l && this.lex[i] && l.sentence === this.lex[i].sentence ? l : undefined;
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
   */
  monthAt(k: number): { month: MonthName; end: number } | null {
    const l = this.lex[k];
    if (!l || l.kind !== 'word') return null;
    const hit = MONTHS.matchAt(this.lex, k);
    // English month names count only when capitalised: "May", not the verb "may".
    if (!hit || (/^[a-z]/.test(l.norm) && !l.capitalised)) return null;
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
   * An optional year after a month: ", 2015", "2015", "من العام 2015", "عام 1436 هـ", "of 2015".
   * Returns the year (if any), whether a Hijri marker follows, and the end.
   */
  yearAfter(k: number): { year?: number; hijri: boolean; end: number } {
    let j = k;
    if (this.is(k - 1, j, ',', '/')) j++;
    if (this.is(k - 1, j, 'من', 'of')) j++;
    if (this.is(k - 1, j, 'عام', 'العام', 'سنه', 'السنه')) j++;
    const y = this.at(k - 1, j) ? this.yearAt(j) : null;
    if (!y) return { hijri: false, end: k };
    const marker = this.at(j, y.end);
    const hijri = marker?.norm === 'ه';
    const gregorian = marker?.norm === 'م';
    return { year: y.year, hijri, end: hijri || gregorian ? y.end + 1 : y.end };
  }
}

import type { NameMatch } from './mention-matcher.js';

/** A day of the month right before a name («18 شوال»), and a year right after it («1436 هـ», "2015"). */
const DAY_BEFORE = /(?:^|\s)\p{Nd}{1,2}\s+$/u;
const YEAR_AFTER = /^\s+\p{Nd}{4}(?!\p{Nd})/u;

/**
 * «18 شوال 1436 هـ»: a name between a day and a year is a month's, as a dateline writes the Hijri month
 * that Shawal valley is named like; no place stands there.
 *
 * @example namesMonth(view.text, matchOf('شوال')) === true // in "الرياض 18 شوال 1436 هـ"
 */
export function namesMonth(viewText: string, match: NameMatch): boolean {
  return (
    DAY_BEFORE.test(viewText.slice(Math.max(0, match.view[0] - 4), match.view[0])) &&
    YEAR_AFTER.test(viewText.slice(match.view[1], match.view[1] + 6))
  );
}

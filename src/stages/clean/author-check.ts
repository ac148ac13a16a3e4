import { AGENCY_AR, AGENCY_EN } from './furniture-rules.js';

/** A part that names a wire, a desk or an outlet rather than a person: "رويترز", "وكالات", "خاص ب", "AFP". */
const AGENCY_PART = new RegExp(
  `^(?:${AGENCY_AR}|${AGENCY_EN}|الوكالات|وكالات|متابعات|متابعة|خاص(?: ب)?|مكتب \\S+)$`,
  'i',
);
/** An outlet's name in quotes, however many words: «الشرق الأوسط», "الاقتصادية". */
const QUOTED = /«[^»]*»|"[^"]*"/g;
/**
 * What splits a dateline into its places and agencies: dashes (not a hyphen inside a Latin name, not a
 * tatweel inside a word), colons, commas, brackets, bars, "من".
 */
const SEPARATOR = /(?:[–—:：,،()|]|(?<![A-Za-z])-|-(?![A-Za-z])|\s+ـ+\s*|\s*ـ+\s+|\s+من\s+)+/;
/** A clock, a date or an update notice: the page's stamp, not who wrote the article. */
const STAMP = /[\d\u0660-\u0669]|\b(?:updated|published|posted)\b|تحديث|تاريخ النشر/i;

/**
 * Whether an author value is a dateline or a time stamp instead of a name: "BEIRUT (Reuters) -",
 * "بيروت - الأناضول", "واس - الرياض", "By staff writer | Updated 12:30". A dateline is cut into parts
 * that are each a wire or outlet or a single word (a place); a person's name takes two words or more, so
 * "By Jane Doe" or "بيروت: يوسف دياب" stays an author.
 *
 * @example isDatelineOrStamp('BEIRUT (Reuters) -') // true
 */
export function isDatelineOrStamp(author: string): boolean {
  const value = author
    .replace(/&nbsp;|[\u00a0\u200e\u200f\u202a-\u202e]/g, ' ')
    .replace(/^\s*[«"](.*)[»"]\s*$/, '$1'); // the whole line quoted, not an outlet in it
  if (STAMP.test(value)) return true;
  const outlets = value.match(QUOTED)?.length ?? 0;
  const parts = value
    .replace(QUOTED, '|')
    .split(SEPARATOR)
    .map((p) => p.replace(/\./g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return parts.length + outlets > 1 && parts.every((p) => AGENCY_PART.test(p) || !p.includes(' '));
}

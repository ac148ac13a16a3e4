import type { Mention } from '../../core/records.js';

/**
 * "Diyala governor", "Lakhpur town mayor", "Ostmark regional governor", "the Ostmark Chief Minister", "the
 * Ostmark president's son", "the Ostmark candidate for governor", "a member of the Rampur Municipal Council",
 * "the Ostmark District Development Committee office": an office told after its seat.
 */
const OFFICE_AFTER =
  /^\s+(?:(?:(?:town|city|municipal|regional|provincial|province|district)\s+)?(?:deputy\s+)?(?:governor|mayor|police\s+chief|chief\s+of\s+police|chief\s+minister|president|candidates?\s+for)|(?:(?:municipal|district)\s+(?:development\s+)?|development\s+)(?:council|committee))\b/i;
/**
 * "the governor of Ostmark Province", "the district chief of Adrow", "the head of the Adrow region", "the police
 * commissioner for all of Ostmark", "the council for Ostmark": an office told before its seat, whose holder
 * is as often struck elsewhere. Not a mayor's: "the mayor of Tirin, a Lakhpur suburb" is most often struck in his
 * own town, which the text places by another.
 */
const OFFICE_OF =
  /\b(?:(?:governor|chief|head|commissioner)\s+(?:of|for)\s+(?:all\s+of\s+)?|council\s+for\s+)(?:the\s+)?$/i;
/**
 * "the Ostmark Water Resources Minister", "the Lakhpur Turkish consul general": a minister or a consul told
 * after his seat and the capitalised words of his office, as often struck elsewhere. Read with its capitals, so
 * that "in Lakhpur where the minister" is no office.
 */
const TITLED_AFTER = /^\s+(?:\p{Lu}\p{L}+\s+){0,3}(?:Minister|[Cc]onsul(?:\s+[Gg]eneral)?)\b/u;
/** "محافظ عدن", "والي الخرطوم": the office comes first in Arabic. */
const OFFICE_BEFORE = /(?:^|\s)[وفلب]?(?:ال)?(?:محافظ|والي|مدير شرطة|قائد شرطة)\s+$/;
/**
 * A place named as the seat of someone's office ("Diyala governor", "the governor of Ostmark", "محافظ عدن"),
 * whose holder is as often struck elsewhere: the incident's place only as a last resort.
 *
 * @example namesOfficeSeat(diyalaMention, 'targeting Diyala governor Ali') // true
 */
export function namesOfficeSeat(m: Pick<Mention, 'span'>, text: string): boolean {
  const after = text.slice(m.span[1], m.span[1] + 40);
  return (
    OFFICE_AFTER.test(after) ||
    TITLED_AFTER.test(after) ||
    OFFICE_BEFORE.test(text.slice(Math.max(0, m.span[0] - 16), m.span[0])) ||
    OFFICE_OF.test(text.slice(Math.max(0, m.span[0] - 24), m.span[0]))
  );
}

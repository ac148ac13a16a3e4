/**
 * A trigger inside the quoted name a text gives something: a report's chapter «بعنوان "أحرقوا كل شيء"», a book
 * «بعنوان "الحرب على الإرهاب"», a seminar "entitled 'Bombs and Ballots'", a march «تحت شعار "لا للقتل"». The
 * words are the name of a work, a section or a slogan, not an act the article reports; the act, if any, is
 * told outside the quotes.
 */
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/**
 * A naming word, then an opening quote with no closing one after it: the text up to the trigger ends inside
 * the name. Arabic «عنوان» in all its forms (بعنوان، تحت عنوان، عنوانه، المعنون), «شعار» (a slogan); English
 * titled, entitled, headlined, named, slogan. A colon may stand before the quote.
 */
const NAME_OPENED =
  /(?:(?:^|\s)[وف]?(?:ب|ل|تحت\s+)?(?:عنوان|عنوانه|عنوانها|المعنون|المعنونة|معنون|معنونة|شعار|الشعار)|\b(?:titled|entitled|headlined|slogan|banner)\b)\s*:?\s*[«"“'‘][^«»"“”'‘’\n]*$/i;

/** Characters before the trigger within which the naming word and its quote are looked for. */
const NAME_REACH = 80;

/**
 * Whether `trigger` stands inside a quoted title or slogan that a naming word opens, before its quote closes.
 *
 * @example inQuotedTitle(view, text, hit) // true for «أحرقوا» in «في قسم بعنوان "أحرقوا كل شيء"»
 */
export function inQuotedTitle(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const start = view.tokens[trigger.start].span[0];
  const from = Math.max(view.span[0], start - NAME_REACH);
  return NAME_OPENED.test(text.slice(from, start));
}

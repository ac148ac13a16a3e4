import { LINK_WORDS } from './sentence-view.js';

/**
 * "… 01 Related Daesh attack on …", "اقرأ أيضا": a sentence that opens a list of links to other stories. A bare
 * "ذات صلة" ("related") opens one only here, at the start: inside a sentence it is prose. An English link
 * word ends where no letter or digit follows, an Arabic one where no Arabic letter or mark does: a scrape
 * often runs a Latin name or a number into it ("اقرأ أيضاAFP"). (`\b` knows only Latin letters, and found an
 * Arabic link word only so.)
 */
const RELATED_LINK = new RegExp(
  `^[\\s.…]*(?:\\d+\\s+)?(?:(?:${LINK_WORDS.en})(?![\\p{L}\\p{N}])|(?:${LINK_WORDS.ar}|ذات صلة)(?!\\p{Script=Arabic}))`,
  'iu',
);
/** How far into a sentence `RELATED_LINK` may read: its longest opening with a few dots and spaces before. */
const LINK_REACH = 40;

/**
 * The first letters of the link words, either case: a sentence opening on any other letter (nearly every one)
 * opens no list, and is not copied out to be asked. Marks, digits and spaces still go to the pattern.
 */
const LINK_INITIALS = new Set([...'RrSsAaاأمذ'].map((c) => c.charCodeAt(0)));

/** Whether `code` is a letter, Latin or Arabic: the only characters `LINK_INITIALS` may rule out. */
function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x621 && code <= 0x64a);
}

/**
 * Whether the sentence starting at `at` opens a list of links to other stories, read as no event.
 *
 * @example opensLinkList('Read more: Gunmen attack a post', 0) // true
 */
export function opensLinkList(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  if (isLetter(first) && !LINK_INITIALS.has(first)) return false;
  return RELATED_LINK.test(text.slice(at, at + LINK_REACH));
}

import { clauseOpening } from './clause-opening.js';
import type { SentenceView } from './sentence-view.js';

/**
 * "، كما شنت": a comma before "كما" (likewise) opens a second main clause, one more act of the same subject
 * told with its own place: its triggers start a frame of their own.
 */
export const ALSO = /،\s*كما(?:\s|$)/;
/**
 * "قصف الحوثيون أحياء في تعز، في وقت شن طيران التحالف غارات على المخاء", "…, while jets struck …": a
 * clause set beside another "meanwhile" tells an act of its own, at its own place ("في وقت سابق", "earlier",
 * is not "meanwhile").
 */
const MEANWHILE = /^\s*[،,]\s*(?:بينما|في حين|في وقت(?!\s+(?:سابق|لاحق|مبكر|متاخر|متأخر))|while|whereas)\s/i;

/**
 * Where the words between two frames' triggers (tokens `[end, start)`) divide: at a "، كما" or a "، بينما"
 * between them, so "اعتقلت الشرطة 5 في مانيسا، كما شنت حملات … في أنقرة" keeps Manisa with the arrests;
 * else half and half. (Other clause breaks do not divide: "، فيما اعتقل" often leaves its place to the
 * clause before.)
 *
 * @example cut(view, text, 3, 12) // 8: the token after "، بينما" opens the second frame's words
 */
export function cut(view: SentenceView, text: string, end: number, start: number): number {
  const opens = (k: number) => {
    const from = view.tokens[k - 1].span[1];
    return ALSO.test(text.slice(from, view.tokens[k].span[1])) || MEANWHILE.test(text.slice(from, from + 16));
  };
  return clauseOpening(start, end, opens) ?? Math.max(end, Math.ceil((end + start) / 2));
}

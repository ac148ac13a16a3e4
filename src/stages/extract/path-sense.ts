import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** «مسيرة», «ومسيرة», «لمسيرة»: an indefinite "مسيرة", behind a proclitic or none. */
const MASIRA = /^[وفلب]?مسير[ةه]$/;
/** «المنتخب»: a definite Arabic noun of three letters or more after «ال». */
const DEFINITE_NOUN_AR = /^ال[\u0600-\u06ff]{3,}$/;
/** Protesters named after a march are its marchers ("مسيرة المتظاهرين"), not a career's owner. */
const MARCHERS = new Set(['protesters']);

/**
 * "مسيرة المنتخب", "مسيرة لبنان التنموية", "مسيرة التكامل", «مسيرة نضال»: an indefinite "مسيرة" with a noun, a
 * place or a word of building or struggle after it is a career or a path ("the team's run"); a march takes an adjective or a preposition
 * ("مسيرة حاشدة في", "مسيرة ضد"), or its marchers ("مسيرة المتظاهرين").
 *
 * @example isPathSense(view, trigger) // true for «مسيرة» in «مسيرة التكامل»
 */
export function isPathSense(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'ar' || trigger.end - trigger.start !== 1) return false;
  if (!MASIRA.test(view.tokens[trigger.start].norm)) return false;
  const next = view.tokens[trigger.end];
  if (next === undefined) return false;
  const marchers = view.cues.some((c) => c.start === trigger.end && MARCHERS.has(c.phrase.tag));
  const named = view.mentions.some((m) => m.span[0] === next.span[0]);
  return !marchers && (named || DEFINITE_NOUN_AR.test(next.norm) || PATH_OF.test(next.norm));
}

/** «مسيرة تأسيس», «مسيرة نضال», «مسيرة عطاء»: the building or the struggle a path is of (folded, no «ال»). */
const PATH_OF = /^(?:تاسيس|بناء|نضال|كفاح|عطاء|اصلاح|تنميه|تطوير|نهضه|حياه|عمل|تقدم)$/;

import { normalizeName } from '../../core/text/normalize.js';
import { wordSpans } from '../../core/text/word-scanner.js';

/**
 * The key tokens of a knowledge-base name: normalised and cut into words by the same core/text functions
 * the matcher applies to the article's normalised view, so a name and the text that spells it give the
 * same keys ("al-Qaeda" and "Al Qaeda" both give al, qaeda).
 *
 * @example nameTokens('Al-Qaeda in the Arabian Peninsula') // ['al', 'qaeda', 'in', 'the', 'arabian', 'peninsula']
 * @example nameTokens('الحُدَيْدَة') // ['الحديده']
 */
export function nameTokens(name: string): string[] {
  const norm = normalizeName(name);
  return wordSpans(norm).map(([s, e]) => norm.slice(s, e));
}

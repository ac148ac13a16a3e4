// Name matches are built here only, so that every one has the same hidden class (see nameMatch).
import type { Span } from '../../core/span.js';
import type { NameSense } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';

/**
 * A match built field by field in one order: a copy made by spreading came out in another hidden class
 * now and then, and every reader of matches downstream was deoptimised when it met one.
 *
 * @example nameMatch([0, 5], [0, 5], 'mosul', senses, 0, 0).key // 'mosul'
 */
export function nameMatch(
  view: Span,
  span: Span,
  key: string,
  senses: readonly NameSense[],
  sentence: number,
  word: number,
): NameMatch {
  return { view, span, key, senses, sentence, word };
}

/**
 * `match` with other senses, built by `nameMatch` in its one field order rather than by spreading, for the
 * reason given there: filters that drop senses use it.
 *
 * @example withSenses(match, match.senses.filter((s) => s.entity.kind !== 'person'))
 */
export function withSenses(match: NameMatch, senses: readonly NameSense[]): NameMatch {
  return nameMatch(match.view, match.span, match.key, senses, match.sentence, match.word);
}

// Name matches, and the senses and choices copied from others, are built here only, so that every one has the
// same hidden class (see nameMatch).
import type { Span } from '../../core/span.js';
import type { NameSense } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';
import type { ChosenSense } from './sense-chooser.js';

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

/**
 * Adds to `out` what is left of `match` once the senses `keep` refuses are dropped; nothing when none is left.
 * The one way the filters that drop a reading of a name ("Mosul" the town in "Mosul Road") hand matches on.
 *
 * @example pushKeptSenses(out, match, (s) => s.entity.kind !== 'city')
 */
export function pushKeptSenses(out: NameMatch[], match: NameMatch, keep: (s: NameSense) => boolean): void {
  const senses = match.senses.filter(keep);
  if (senses.length > 0) out.push(withSenses(match, senses));
}

/**
 * `sense` read through its demonym ("an Amman bank" says Jordanian), as a literal in the field order the trie
 * builds senses in. A spread copy has another hidden class, and a map V8 holds only weakly: it is collected
 * with the last copy and made anew by the next, so every optimised reader of senses met a new shape after
 * each major collection and was deoptimised (chooseSenses was compiled seven times over nine passes).
 *
 * @example asDemonym(sense).via === 'demonym'
 */
export function asDemonym(sense: NameSense): NameSense {
  return { entity: sense.entity, via: 'demonym', written: sense.written };
}

/**
 * The choice of `sense` for `match` with its `score`, in one field order: choices re-made with another sense
 * (a rival, a region, a demonym) are built here rather than spread from the first, for the reason given at
 * `asDemonym`.
 *
 * @example chosenSense(chosen.match, rival, chosen.score).sense === rival
 */
export function chosenSense(match: NameMatch, sense: NameSense, score: number): ChosenSense {
  return { match, sense, score };
}

// The English auxiliaries of the passive, in one place: the rules that tell a passive verb ("was killed",
// "are held", "been struck") read the same words, past-only where a present "is" would be a description.
import { wordSet } from '../../core/text/word-set.js';

/** "was", "were", "been", "being": the auxiliaries of a passive told in the past. */
const PAST_AUXILIARIES = 'was were been being';
/** The present ones besides: "is held", "are reported killed". */
const PRESENT_AUXILIARIES = 'is are';
/** The bare and the "get" passive's: "to be attacked", "from getting hit". */
const OTHER_AUXILIARIES = 'be get getting';

/**
 * "was struck", "had been hit": a past passive auxiliary, whose verb has no subject of its own before it.
 *
 * @example PAST_PASSIVE_AUXILIARY.has('were') // true; .has('is') // false
 */
export const PAST_PASSIVE_AUXILIARY = wordSet(PAST_AUXILIARIES);

/**
 * Any passive auxiliary, past or present ("was killed", "are held").
 *
 * @example PASSIVE_AUXILIARY.has('are') // true
 */
export const PASSIVE_AUXILIARY = wordSet(`${PAST_AUXILIARIES} ${PRESENT_AUXILIARIES}`);

/**
 * A passive auxiliary or a relative pronoun: either way the verb after it has a subject of its own.
 *
 * @example OWN_SUBJECT_LEAD.has('which') // true
 */
export const OWN_SUBJECT_LEAD = wordSet(`${PAST_AUXILIARIES} ${PRESENT_AUXILIARIES} who which that`);

/**
 * Any auxiliary that makes the participle after it passive, infinitive and "get" passives too ("to be
 * shelled", "from being struck", "getting hit"): that verb has no subject of its own.
 *
 * @example ANY_PASSIVE_AUXILIARY.has('be') // true
 */
export const ANY_PASSIVE_AUXILIARY = wordSet(
  `${PAST_AUXILIARIES} ${PRESENT_AUXILIARIES} ${OTHER_AUXILIARIES}`,
);

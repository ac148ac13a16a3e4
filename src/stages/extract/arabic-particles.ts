// Arabic particles (folded) that the readers of a verb's sides test a token against: one list, so the
// rules that tell a subject from an object agree on them.

/**
 * «مع», «ضد», «على», «إلى», «في», «من», «عن»: a preposition between an Arabic verb and a side makes the side
 * its object, not its subject ("اشتبكت مع مسلحي داعش").
 *
 * @example ARABIC_PREPOSITION.test('مع') // true
 */
export const ARABIC_PREPOSITION = /^(?:مع|ضد|علي|الي|في|من|عن)$/;

/**
 * An Arabic word with the article («ال», «وال», «فال», «بال»): a noun, no verb.
 *
 * @example ARABIC_DEFINITE.test('والهجوم') // true
 */
export const ARABIC_DEFINITE = /^[وفب]?ال/;

/**
 * A word in Arabic script: the rules that read an Arabic verb's sides apply to it, the English ones not.
 *
 * @example ARABIC_WORD.test('قتل') // true
 */
export const ARABIC_WORD = /^[\u0600-\u06ff]/;

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

/**
 * A plural of people before its case ending, maybe with the article: a participle («متمرد», «مسلح») or a
 * relative adjective («حوثي»). The two case forms below differ in their ending only.
 */
const PEOPLE_PLURAL = String.raw`(?:[وف]?ال)?(?:م[\u0600-\u06ff]{3,}|[\u0600-\u06ff]{2,}ي)`;

/**
 * A plural of people in the accusative or genitive («المتمردين», «مسلحين», «الحوثيين»): a participle or a
 * relative adjective ending in «ين», never the subject of a verb, which takes «ون» («المتمردون»). Names that
 * end so («فلسطين», «حسين», «البحرين») have neither shape; after a preposition («للحوثيين») the word is the
 * preposition's, so those forms are left out.
 *
 * @example OBLIQUE_PLURAL.test('المتمردين') // true
 */
export const OBLIQUE_PLURAL = new RegExp(String.raw`^(?![وف]?(?:لل|بال|كال))${PEOPLE_PLURAL}ين$`);

/**
 * A plural of people in the nominative («المسلحون», «مسلحون», «مجهولون», «الحوثيون»): the subject of a verb
 * before it, never its object.
 *
 * @example NOMINATIVE_PLURAL.test('مسلحون') // true
 */
export const NOMINATIVE_PLURAL = new RegExp(`^${PEOPLE_PLURAL}ون$`);

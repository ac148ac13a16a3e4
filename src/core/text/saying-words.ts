/**
 * The verbs of a source reporting news, English and Arabic, as regex alternations to set inside a group
 * with the words each reader adds of its own. Read by the core's place stances (where a teller sits), the
 * extract stage (a statement's day) and the resolve stage alike, so they live here rather than in any one
 * of them.
 */

/**
 * "said", "told", "reported": the English verbs of a source reporting news.
 *
 * @example new RegExp(`\\b(?:${REPORTING_VERBS})\\b`, 'i').test('police said') === true
 */
export const REPORTING_VERBS = 'said|says|told|reported|announced|stated';

/**
 * «قال», «أعلنت», «افاد»: the Arabic verbs of saying, for text read as written, with or without hamza.
 *
 * @example new RegExp(`^(?:${ARABIC_SAYING_VERBS})$`).test('اعلنت') === true
 */
export const ARABIC_SAYING_VERBS = 'قال|قالت|[أا]كد|[أا]كدت|[أا]علن|[أا]علنت|ذكر|ذكرت|[أا]فاد|[أا]فادت';

/**
 * "two residents said", "police today added": a verb of saying opening the text that follows, so the words
 * just before it name who tells the news, not what happened.
 */
export const SAYING_NEXT = new RegExp(String.raw`^\s*(?:${REPORTING_VERBS}|say|added)\b`, 'i');

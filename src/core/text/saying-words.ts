/**
 * "said", "told", "reported": the English verbs of a source reporting news, as a regex alternation to set
 * inside a group with the words each reader adds of its own. Read by the core's place stances (where a
 * teller sits), the extract stage (a statement's day) and the resolve stage alike, so it lives here rather
 * than in any one of them.
 *
 * @example new RegExp(`\\b(?:${REPORTING_VERBS})\\b`, 'i').test('police said') === true
 */
export const REPORTING_VERBS = 'said|says|told|reported|announced|stated';

/**
 * An English possessive told as a token of its own ("commander ’s", "Assad ’s" leave a bare "s" once the mark
 * is dropped).
 *
 * @example POSSESSIVE_TOKEN.test('’s') // true
 */
export const POSSESSIVE_TOKEN = /^(?:'s|’s|s|'|’)$/;

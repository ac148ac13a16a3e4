/**
 * The relative pronouns, English and Arabic (folded, as token norms are): the clause one opens tells acts or
 * traits of its own, set apart from the main clause's. Read by the rules that date, gate and scope acts, so
 * that all of them know the same pronouns, the Arabic dual and feminine plural among them.
 */
import { wordSet } from '../../core/text/word-set.js';

/**
 * "who", "which", "that", «الذي», «التي», «الذين», «اللتين», «اللواتي».
 *
 * @example RELATIVE_PRONOUNS.has('اللذين') === true
 */
export const RELATIVE_PRONOUNS = wordSet('الذي التي الذين اللذين اللتين اللواتي who which that');

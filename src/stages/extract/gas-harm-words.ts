import type { Quantity } from '../../core/records.js';
import type { TollRole } from './toll-words.js';

// Gas harms by choking: the people it left gasping are its wounded, told in words of breath, not of wounds.

/** "asphyxiation", "suffocation", "breathing difficulties": harm by gas. */
const CHOKING = String.raw`(?:asphyxia(?:tion)?|suffocation|choking|breathing\s+difficult(?:y|ies))`;
/** "cases of asphyxia in more than", "choking and coughing cases among at least": the count after. */
const CASES_FOR = new RegExp(
  String.raw`\b(?:(?:cases|symptoms)\s+of\s+${CHOKING}|${CHOKING}(?:\s+and\s+[a-z]+)?\s+cases)\s+(?:to|for|among|in)\s+(?:at least\s+|more than\s+|over\s+|about\s+|nearly\s+|some\s+)?$`,
  'i',
);
/** "9 pupils suffered from suffocation", "12 farmers were treated for breathing difficulties": the count before. */
const SUFFERED = new RegExp(
  String.raw`^\s*(?:[a-z][\w-]*\s+){0,3}?(?:suffer(?:s|ed)?|sustained|showed|developed|(?:were\s+|was\s+)?treated\s+for)\s+(?:from\s+)?(?:(?:cases|symptoms)\s+of\s+)?${CHOKING}`,
  'i',
);

/**
 * The injured a count tells when its people choked on gas: "brought on cases of asphyxia in 35
 * people", "9 pupils suffered from suffocation". Dying of suffocation is told by the words of death.
 *
 * @example gasHarmRole('with symptoms of choking in 35 people', { span: [28, 30], value: 35, qualifier: 'exact' }) // 'injured'
 */
export function gasHarmRole(text: string, q: Quantity): TollRole | undefined {
  const end = (q.nounSpan ?? q.span)[1];
  if (CASES_FOR.test(text.slice(Math.max(0, q.span[0] - 80), q.span[0]))) return 'injured';
  return SUFFERED.test(text.slice(end, end + 80)) ? 'injured' : undefined;
}

import type { Mention } from '../../core/records.js';
import { tokenAt, type SentenceView } from './sentence-view.js';
import { POSSESSIVE_TOKEN } from './possessive-token.js';

/** What a head of state commands that fights or strikes ("Assad's warplanes", "Putin's troops"). */
const FORCE_NOUN =
  /^(?:forces|troops|soldiers|army|military|militias?|fighters|jets|warplanes|aircraft|planes|helicopters|drones|artillery|navy)$/;

/**
 * "Assad's air force", "Putin's warplanes", "Assads forces" (the mark dropped): a head of state's possessive
 * before a force noun names his state's forces, as "forces loyal to" him does. Returns the token the force
 * noun ends at, or -1. A leader the base files under no state (`loyalForcesAt` reads the rest) names none.
 *
 * @example ownedForcesEnd(view, assad) // 3 for "Assad's air force bombed Raqqa"
 */
export function ownedForcesEnd(view: SentenceView, m: Mention): number {
  if (m.kind !== 'person' || !m.actor?.parent_id?.startsWith('country:')) return -1;
  const last = tokenAt(view, m.span[1] - 1);
  const token = view.tokens[last];
  if (!token) return -1;
  const tail = token.norm.slice(token.norm.length - Math.max(0, token.span[1] - m.span[1]));
  let noun = last + 1;
  if (tail === '') {
    if (!POSSESSIVE_TOKEN.test(view.tokens[noun]?.norm ?? '')) return -1;
    noun++;
  } else if (!POSSESSIVE_TOKEN.test(tail)) return -1;
  const word = view.tokens[noun]?.norm ?? '';
  if (word === 'air' && view.tokens[noun + 1]?.norm === 'force') return noun + 1;
  return FORCE_NOUN.test(word) ? noun : -1;
}

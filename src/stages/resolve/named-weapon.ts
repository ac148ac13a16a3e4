// The weapon an incident's own trigger names, which a merge with another telling keeps.
import type { Span } from '../../core/span.js';

/** Trigger words that name the device: such a bomb keeps its type when merged with other weapons. */
const NAMED_BOMB = /bomb|explosive|\bied|mine|عبو|مفخخ|ناسف|لغم|الغام/i;
/** Trigger words that name a shooting: "gunned down", "opened fire", "برصاص". */
const NAMED_GUN =
  /\bshot\b|shoot|\bgunned\b|gunfire|gunshot|opened fire|fired (?:at|on|upon)|machine.?gun|برصاص|[إا]طلاق (?:ال)?نار|[أا]طلق(?:وا)? النار/i;

/**
 * Which weapon the trigger words themselves name, if any.
 *
 * @example namedWeapon('gunmen shot dead a driver', [7, 11]) // 'gun'
 */
export function namedWeapon(text: string, trigger: Span | undefined): 'bomb' | 'gun' | undefined {
  if (!trigger) return undefined;
  const words = text.slice(trigger[0], trigger[1]);
  if (NAMED_BOMB.test(words)) return 'bomb';
  return NAMED_GUN.test(words) ? 'gun' : undefined;
}

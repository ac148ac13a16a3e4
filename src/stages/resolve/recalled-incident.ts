import type { EventRecord } from '../../core/records.js';

/**
 * "revived memories of the riots", "on the anniversary of the massacre", "reminiscent of the bombing",
 * "the legacy of the killings": words that call up an incident the reader already knows, right before it.
 */
const MEMORY_OF =
  /\b(?:memor(?:y|ies)|anniversary|reminiscent|reminder|echoes|legacy|scars|trauma)\s+of\s+the\s+(?:[\w'’-]+\s+){0,2}$/i;

/**
 * "The killings revived memories of the riots that followed the burning of a train": an incident told
 * once (by any of its words), without a toll or a date of its own, as what a memory calls up is background from the past. Left
 * undated it would take the day of the news told before it.
 */
export function recalledAsMemory(text: string, e: EventRecord): boolean {
  const triggers = e.event_type?.spans ?? [];
  if (
    triggers.length === 0 ||
    e.evidence.length !== 1 ||
    e.date ||
    e.fatalities !== null ||
    e.injuries !== null
  )
    return false;
  return triggers.some(([at]) => MEMORY_OF.test(text.slice(Math.max(0, at - 80), at)));
}

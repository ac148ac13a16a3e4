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

/**
 * "the man who beheaded two journalists in earlier videos", «الذي قتل جنديين في هجمات سابقة»: the act's own
 * clause, right after its trigger, sets it among earlier ones of a kind, not the news.
 */
const AMONG_EARLIER =
  /^[^.!?؟;؛]*?(?:\bin\s+(?:earlier|previous|prior|past)\s+[a-z]+s\b|(?:^|\s)في\s+[\u0621-\u064a]+\s+(?:سابقة|ماضية)(?![\u0621-\u064a]))/i;
/** Characters after a trigger its own clause is read in. */
const CLAUSE_REACH = 100;

/**
 * Whether an incident without a date of its own is told, by the clause of its first trigger, as one of
 * earlier acts ("who beheaded two aid workers in earlier videos"): background from the past, which left
 * undated would take the day of the news told before it.
 *
 * @example toldAmongEarlier('He beheaded two aid workers in earlier videos.', beheading) // true
 */
export function toldAmongEarlier(text: string, e: EventRecord): boolean {
  const trigger = e.event_type?.spans[0];
  if (!trigger || e.date) return false;
  return AMONG_EARLIER.test(text.slice(trigger[1], trigger[1] + CLAUSE_REACH));
}

import type { EventRecord } from '../../core/records.js';

/**
 * How much of the event the text backs, from 0.3 (a type alone) to 0.95: each argument found and each
 * further sentence that tells the incident adds to it.
 *
 * @example confidenceOf(event) // 0.75
 */
export function confidenceOf(event: EventRecord): number {
  let score = 0.3;
  if (event.location && event.location.precision !== 'country') score += 0.15;
  else if (event.location) score += 0.05;
  if (event.date && event.date.spans.length > 0) score += 0.1;
  if (event.actor1) score += 0.1;
  if (event.actor2) score += 0.05;
  if (event.fatalities || event.injuries) score += 0.1;
  if (event.evidence.length > 1) score += 0.1;
  return Math.min(0.95, Math.round(score * 100) / 100);
}

/** @example eventId('9f86d081884c7d65…', 0) === 'e-9f86d081884c-1' */
export function eventId(contentHash: string, index: number): string {
  return `e-${contentHash.slice(0, 12)}-${index + 1}`;
}

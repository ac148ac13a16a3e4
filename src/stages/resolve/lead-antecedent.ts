import type { Document } from '../../core/records.js';
import { onScene } from './article-place.js';
import type { Placed } from './placed.js';

/**
 * "An office of a savings bank in Velmora was damaged overnight. The explosion broke its windows.": the one
 * incident a report tells, named first as "the explosion" in the sentence right after a lead that puts a place
 * on the scene, is the lead's own incident told in words that name no act; it is news, as under a dateline.
 *
 * @example leadTellsIt(onlyItem, doc) // true for the report above
 */
export function leadTellsIt(item: Placed, doc: Document): boolean {
  const lead = doc.sentences?.[0]?.span;
  if (item.first !== 1 || !lead) return false;
  return (doc.mentions ?? []).some(
    (m) => m.place !== undefined && m.via !== 'demonym' && m.span[1] <= lead[1] && onScene(doc, m),
  );
}

import type { Document } from '../../core/records.js';
import { onScene } from './on-scene.js';
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

/**
 * "A herdsman trod on a bomb by the well. The bomb tore off his foot.": the thing the one incident of a brief
 * is first told by as known ("the bomb"), right after a lead that brought it in ("a bomb"), is the lead's own:
 * the lead tells the incident in words that name no act.
 *
 * @example leadIntroducesIt(onlyItem, doc) // true for the brief above
 */
export function leadIntroducesIt(item: Placed, doc: Document): boolean {
  const lead = doc.sentences?.[0]?.span;
  const trigger = item.event.event_type?.spans[0];
  if (item.first !== 1 || !lead || !trigger) return false;
  const text = doc.text ?? '';
  const noun =
    text
      .slice(...trigger)
      .split(/\s+/)
      .at(-1)
      ?.toLowerCase() ?? '';
  if (!/^[a-z-]{3,}$/.test(noun)) return false;
  return new RegExp(String.raw`\b(?:a|an)\s+(?:[\w-]+\s+){0,3}${noun}\b`, 'i').test(text.slice(...lead));
}

import { placeWith } from '../../core/place-ref.js';
import type { Document, EventRecord, Mention } from '../../core/records.js';
import { sentenceIndex } from './carried-date.js';

/** Place precisions finer than a province: what makes a mention a town of the article. */
const LOCAL = new Set(['town', 'district', 'site']);
/** Arrests and accords: told country-wide, they take no town from the incident told next. */
const COUNTRY_WIDE = new Set(['Arrests', 'Agreement']);

/**
 * "A bomb went off at a branch of a foreign bank. Two more were defused at a hotel in Adrow.": a telling its
 * clause placed only by a country, followed at once by one in a town of that country, is most often one
 * story whose first sentence leaves the town for the next. Kept tight, as a summary of scattered incidents
 * ("Attacks across the country killed 20. In Adrow, …") reads the same: only in the sentence right after,
 * and only when the article names no town but that one; never for an arrest or a truce, told country-wide.
 *
 * @example placeFromNextTelling(events, doc) // events[0].location.name === 'Adrow'
 */
export function placeFromNextTelling(events: readonly EventRecord[], doc: Document): void {
  const starts = (doc.sentences ?? []).map((s) => s.span[0]);
  const at = (offset: number | undefined) => sentenceIndex(starts, offset ?? 0);
  for (let i = 0; i + 1 < events.length; i++) {
    const [event, next] = [events[i], events[i + 1]];
    const loc = event.location;
    const town = next.location;
    if ((loc && loc.precision !== 'country') || !town || !LOCAL.has(town.precision)) continue;
    // "Police arrested the men behind the bombing. The bomb had hit a market in X": the arrest is not in X.
    if (COUNTRY_WIDE.has(event.sub_event_type?.value ?? '')) continue;
    if (loc && loc.country !== town.country) continue;
    const gap = at(next.evidence[0]?.[0]) - at(event.evidence.at(-1)?.[0]);
    if (gap < 0 || gap > 1 || !onlyTown(doc.mentions ?? [], town.entity_id)) continue;
    event.location = placeWith(town, town.country, [...town.spans]);
  }
}

/** True when every town, quarter or site the article names is the town `id` or lies in it. */
function onlyTown(mentions: readonly Mention[], id: string | null): boolean {
  return mentions.every(
    (m) =>
      m.via === 'demonym' ||
      !LOCAL.has(m.place?.precision ?? '') ||
      (id !== null && (m.entity_id === id || m.place?.city?.entity_id === id)),
  );
}

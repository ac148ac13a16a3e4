// Dating the incidents an article tells: the day a telling names later, the day carried from the incident or
// the report before it, and current vs historical.
import type { Document } from '../../core/records.js';
import { dateRef } from '../../core/record-refs.js';
import { packedMap } from '../../core/packed-map.js';
import { carriedDate, namedByPlace, toldAtOf } from './carried-date.js';
import { toldAsAnchor } from './anchor-incident.js';
import { doneBeforeCaught } from './caught-doer.js';
import { recalledAsMemory, toldAmongEarlier } from './recalled-incident.js';
import { datedBeforeTold } from './days-before.js';
import { dayNamedLater, undatedLead } from './day-named-incident.js';
import { judgeTiming } from './timing-judge.js';
import { markRecalledYears } from './undated-article.js';
import type { Placed } from './placed.js';

/** A clause that opens by placing its incident vaguely before the news. */
const EARLIER = /^\s*(?:earlier|في وقت سابق)\b/i;

/**
 * Dates each incident the article tells (`told`, out of every merged one, `merged`) and judges its timing: an
 * incident the article recalls as memory, or among earlier ones, is historical; the lead takes the day a later
 * sentence names for it; an undated current one carries its day from the incident or the report before it (see `carriedDate`).
 * `starts` are the sentences' first offsets, `reference` the day of publication, `datelined` whether the
 * article's dateline names a town.
 *
 * @example dateIncidents(told, merged, doc, starts, '2024-05-02', false) // told[0].event.date set
 */
export function dateIncidents(
  told: Placed[],
  merged: Placed[],
  doc: Document,
  starts: readonly number[],
  reference: string | null,
  datelined: boolean,
): void {
  const text = doc.text ?? '';
  const times = doc.times ?? [];
  const toldAt = toldAtOf(merged, starts);
  const carried = new Set<Placed>();
  for (const item of told) {
    const event = item.event;
    const remembered = recalledAsMemory(text, event) || toldAmongEarlier(text, event);
    const background =
      remembered || namedByPlace(text, event) || toldAsAnchor(event, text) || doneBeforeCaught(event, text);
    if (remembered) event.timing = { value: 'historical', spans: [...(event.event_type?.spans ?? [])] };
    // "… killed 25, a monitor said on Wednesday. … which side flew the Tuesday raids": the lead's own day.
    const namedDay =
      item === told[0] && !background && undatedLead(event, text) ? dayNamedLater(event, doc) : null;
    if (namedDay) event.date = namedDay;
    if (!event.date && event.timing?.value !== 'historical' && !background) {
      carried.add(item);
      event.date = carriedDate(merged, toldAt, merged.indexOf(item), doc, datelined);
      // "earlier, police fired …": vague recency gives the month, not the day it is carried from.
      const words = text.slice(event.evidence[0]?.[0] ?? 0, event.evidence[0]?.[1] ?? 0);
      if (event.date?.precision === 'day' && EARLIER.test(words)) {
        event.date = dateRef(event.date.value.slice(0, 7), 'month', event.date.spans, event.date.basis);
      }
    }
    event.timing = judgeTiming(event, reference, times);
  }
  // Once every incident has its day: a day or two before the one it is told "a day after" (still current).
  datedBeforeTold(told, carried, text, reference, times);
  if (reference === null) markRecalledYears(packedMap(told, (item) => item.event));
}

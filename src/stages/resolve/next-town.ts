import { AIRCRAFT } from '../../core/flight-words.js';
import { placeWith } from '../../core/place-ref.js';
import type { Document, EventRecord, Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { sentenceIndex } from './carried-date.js';
import { CUE_REACH, sceneCue } from './destination.js';
import type { Placed } from './placed.js';
import { endOfRoute, namedOnlyAsRouteEnd } from './route-end.js';
import { sentenceSpanAt } from './sentence-at.js';

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

/** Sentences after the route's telling within which the telling of its scene may start. */
const SCENE_REACH = 2;
/** "another driver was found dead", "two days before", "also": words that tell another incident. */
const ANOTHER = /\b(?:another|other|second|separate|also|again|earlier|before|previous(?:ly)?)\b/i;

/**
 * "A bomb blew up a coach on its journey from Lakhpur to Rampur. The blast hit it near Adrow.": a telling
 * whose only town is an end of a route (route-end.ts: "from X to Y", "between X and Y", "the X-Y road") says
 * which road, not where on it; the telling of the same kind of incident right after, at a town of the same
 * country named as no route's end, says where. The route's telling takes that town, so the merger may then
 * join the two as one incident. A telling told as a separate incident, or as one recalled
 * from long before, is another incident and lends nothing.
 *
 * @example sceneAfterRoute(placed, doc) // placed[0].event.location.name === 'Adrow'
 */
export function sceneAfterRoute(placed: readonly Placed[], doc: Document): void {
  const text = doc.text ?? '';
  const words = (p: Placed) => p.event.evidence.map(([from, to]) => text.slice(from, to)).join(' ');
  for (let i = 0; i + 1 < placed.length; i++) {
    const [item, next] = [placed[i], placed[i + 1]];
    const route = item.event.location;
    const scene = next.event.location;
    // A flight is placed where it left (destination.ts), not where it stopped or landed.
    if (!route || !namedOnlyAsRouteEnd(route, text) || AIRCRAFT.test(words(item))) continue;
    if (!scene || !LOCAL.has(scene.precision) || scene.country !== route.country) continue;
    if (scene.spans.length === 0 || !scene.spans.every((span) => toldAsScene(span, doc))) continue;
    const gap = next.first - item.last;
    if (gap < 1 || gap > SCENE_REACH || next.separate || next.recalled || ANOTHER.test(words(next))) continue;
    if (next.event.event_type?.value !== item.event.event_type?.value) continue;
    item.event.location = placeWith(scene, scene.country, [...scene.spans]);
  }
}

/** "in X", "near X", "in the X area": a place named after a locative, as no route's end. */
function toldAsScene(span: Span, doc: Document): boolean {
  const text = doc.text ?? '';
  const from = Math.max(sentenceSpanAt(doc, span[0])?.[0] ?? 0, span[0] - CUE_REACH);
  return !endOfRoute(text, span) && sceneCue(text.slice(from, span[0]));
}

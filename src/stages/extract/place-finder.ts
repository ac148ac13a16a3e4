import type { Mention, PlaceRef } from '../../core/records.js';
import type { Frame } from './frame-builder.js';
import { tokenAt } from './sentence-view.js';

const ACTOR_KINDS = new Set([
  'state-forces',
  'armed-group',
  'party',
  'igo',
  'group',
  'organisation',
  'media',
  'person',
]);
/** How far from its trigger a place may stand and still be the incident's place, in tokens. */
const REACH = { after: 14, before: 8, anaphorAfter: 5, anaphorBefore: 2 };
/** Joins between places that make a list ("Majzar, Sirwah and al-Jufainah"). */
const LIST_GLUE = /^(?:[\s,،]|و|and|or|او)*$/i;

/** The places a frame's incident happened at: one per listed town, or the one place nearest its trigger. */
export interface FramePlaces {
  /** Most precise places; several when the clause lists towns (one event each). */
  places: PlaceRef[];
  /** Country when no place was found but the clause names a country or a nationality. */
  country: { code: string; spans: PlaceRef['spans'] } | null;
}

/**
 * Picks the incident's place(s) for a frame: named places in the frame's window, not inside an actor's
 * name, nearest after the trigger first; a list of towns joined by "and"/"و" gives one place each.
 *
 * @example findPlaces(frame, doc.text).places[0]?.name // 'Aden'
 */
export function findPlaces(frame: Frame, text: string): FramePlaces {
  const view = frame.view;
  const trigger = frame.triggers[0];
  const actorSpans = view.mentions.filter((m) => ACTOR_KINDS.has(m.kind)).map((m) => m.span);
  const places = view.mentions.filter(
    (m) => m.place && !actorSpans.some((a) => a[0] <= m.span[0] && m.span[1] <= a[1] && a !== m.span),
  );
  const reach = frame.anaphoric
    ? { after: REACH.anaphorAfter, before: REACH.anaphorBefore }
    : { after: REACH.after, before: REACH.before };
  const onlyAfter = frame.family === 'territory';
  const inReach = places.filter((m) => {
    const at = tokenAt(view, m.span[0]);
    if (at < frame.from || at >= frame.to) return false;
    if (at >= trigger.start) return at - frame.triggers.at(-1)!.end <= reach.after;
    return !onlyAfter && trigger.start - at <= reach.before;
  });
  const named = inReach.filter((m) => m.via !== 'demonym');
  const local = named.filter((m) => m.place!.precision !== 'country');
  const after = local.filter((m) => m.span[0] >= view.tokens[trigger.start].span[0]);
  const chosen = listedWith(after.length > 0 ? after : local, text);
  if (chosen.length > 0) return { places: chosen.map(toPlaceRef), country: null };
  const countries = named.filter((m) => m.place!.precision === 'country');
  if (countries.length > 0) return { places: [toPlaceRef(countries[0])], country: null };
  const demonym = inReach.find((m) => m.via === 'demonym' && m.place?.country);
  return {
    places: [],
    country: demonym ? { code: demonym.place!.country!, spans: [demonym.span] } : null,
  };
}

/** The first place and every place listed right after it with only commas and "and" between. */
function listedWith(candidates: Mention[], text: string): Mention[] {
  if (candidates.length === 0) return [];
  const out = [candidates[0]];
  for (const next of candidates.slice(1)) {
    const gap = text.slice(out.at(-1)!.span[1], next.span[0]);
    if (!LIST_GLUE.test(gap) || next.entity_id === out.at(-1)!.entity_id) break;
    out.push(next);
  }
  return out;
}

/** @example toPlaceRef(mention).country // 'YE' */
export function toPlaceRef(m: Mention): PlaceRef {
  return {
    name: m.name,
    country: m.place?.country ?? null,
    lat: m.place?.lat ?? null,
    lon: m.place?.lon ?? null,
    precision: m.place?.precision ?? 'town',
    entity_id: m.entity_id,
    spans: [m.span],
  };
}

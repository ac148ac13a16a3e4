/** A brief that tells one incident in weak words, its town named in another sentence. */
import { placeRefOf } from '../../core/place-ref.js';
import type { EventMention } from './event-builder.js';
import type { Family } from './act-families.js';
import type { Frame } from './frame-builder.js';
import type { SentenceView } from './sentence-view.js';

/** Sentences a brief holds at most: a report of one incident, not a story that mentions one. */
const BRIEF_SENTENCES = 5;
/** Families of harm a brief's weak words tell (not arrests, truces or ground taken). */
const HARM = new Set<Family>(['violence', 'looting', 'abduction']);

/**
 * Lexicon words that tell no act of their own: a look-alike (@none: "gas station") and a bare launching verb
 * (@launch: "heads placed in boxes"), kept only beside a weapon that is then a trigger of its own.
 */
const NO_ACT = new Set(['@none', '@launch']);

/** English only: on Arabic news it made an incident of a weak word in an article that tells none. */
const english = (frame: Frame) => frame.triggers.every((t) => t.phrase.lang === 'en');

/**
 * "Two youths targeted a kiosk run by a councillor. The kiosk stands in the market district of Nazran.": a brief (a
 * few sentences) whose only words of acts are weak ones no sentence supported, the first of harm naming no place,
 * while the brief names exactly one town (and maybe provinces of its country): that town is the incident's. A brief that names no town but whose
 * clause placed the act in a country ("SPAIN. A gang beat a shopkeeper with clubs. No more was reported.") still
 * reports it, placed no finer: such a note is a log entry, and a story that only mentions an act runs longer; so
 * does one naming a side at home in one country ("the ELN", a party, a paper), which resolve places there, and a
 * chronology's entry under its country's dateline ("BAHRAIN.  A shop was burned. Officials said …").
 * Placed nowhere ("A fire destroyed the old barn."), or with two towns, it tells none. Returns the mention, or null.
 *
 * @example briefIncident(unsupported, views) // the targeting of the brief above, placed at Nazran
 */
export function briefIncident(
  unsupported: readonly [EventMention, Frame][],
  views: readonly SentenceView[],
  underCountryDateline = false,
): EventMention | null {
  if (views.length > BRIEF_SENTENCES) return null;
  // "A militia threatened to attack X. The attack would come at night.": a brief whose other words of acts were
  // set aside (threatened, planned, denied, a ruling) tells what its weak words point at, and it is no incident.
  const weak = new Set(unsupported.flatMap(([, frame]) => frame.triggers));
  if (views.some((v) => v.triggers.some((t) => !NO_ACT.has(t.phrase.tag) && !weak.has(t)))) return null;
  const first = unsupported.find(([, frame]) => HARM.has(frame.family) && english(frame));
  if (!first) return null;
  const areas = views.flatMap((v) =>
    v.mentions.filter((m) => m.place && m.via !== 'demonym' && m.place.precision !== 'country'),
  );
  // "INGUSHETIA. A grenade wrecked a kiosk in Nazran": a province named beside one town of
  // its country only tells where the town lies.
  const local = areas.filter((m) => m.place!.precision !== 'region');
  const oneCountry = new Set(areas.map((m) => m.place!.country)).size === 1;
  const towns = oneCountry && new Set(local.map((m) => m.entity_id)).size === 1 ? local : areas;
  const ids = new Set(towns.map((m) => m.entity_id));
  const [m] = first;
  const homed = views.some((v) => v.mentions.some((x) => x.actor?.country));
  if (ids.size === 0) return m.record.location || homed || underCountryDateline ? m : null;
  if (ids.size > 1) return null;
  const town = placeRefOf(towns[0]);
  if (m.record.location && m.record.location.country !== town.country) return null;
  m.record.location = town;
  return m;
}

// Where travellers were heading is not where they were struck, when the text says where that was.
import { placeRefOf } from '../../core/place-ref.js';
import { namesDestination, offScene } from '../../core/place-stance.js';
import type { Document, EventRecord, Mention } from '../../core/records.js';
import { sentenceSpanAt } from './sentence-at.js';
import { articleCountry } from './article-country.js';
import { AIRCRAFT, HIJACK, leftFrom } from '../../core/flight-words.js';

/** "traveling to", "driving back to", "pilgrims to": the town next is where someone was going. */
const TRAVEL_TO =
  /\b(?:travel+(?:ing|ed|s)?|driv(?:ing|es?)|drove|going|went|return(?:ing|ed|s)?|pilgrims|worshippers)\s+(?:back\s+)?(?:to|for|towards?)\s+(?:the\s+)?$/i;
/** "in", "near", "passed through", "in a northern neighbourhood of": the town next is where something was. */
const SCENE_BEFORE =
  /\b(?:in|at|near|outside|inside|through|(?:neighbou?rhood|district|area|outskirts|suburbs?)\s+of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;
/** "a hospital in": where the wounded were taken, not where they were hit. */
const HOSPITAL_BEFORE = /\bhospital(?:\s+\S+){0,2}\s+(?:in|at|near)\s+(?:the\s+)?$/i;
/** How far before a town its cue may start (characters). */
export const CUE_REACH = 40;

/**
 * "gunmen attacked pilgrims traveling to Karbala in a neighbourhood of Baghdad", "fired upon a train traveling
 * for Colombo as it passed through Wandaramulla": an event placed at a town its clause names only as where
 * someone was going is placed at a town its own sentences put the scene in — the first after the destination,
 * else the nearest before it — that is no destination, origin or hospital itself, and lies in the same country
 * unless told in the same sentence. With no such town, the country the article places things in, when the
 * article names no other town or province in the destination's country ("a pipeline carrying oil to the Turkish
 * port of Ceyhan" in a report on Iraq); else the destination stays, the nearest the text comes to the scene.
 *
 * @example offDestination(event, doc) // event.location.name === 'Baghdad'
 */
export function offDestination(event: EventRecord, doc: Document): void {
  const span = event.location?.spans[0];
  if (!span || event.location?.precision === 'country') return;
  const text = doc.text ?? '';
  const mentions = doc.mentions ?? [];
  const sentenceOf = (at: number) => sentenceSpanAt(doc, at)?.[0] ?? 0;
  const cue = (at: number) => text.slice(Math.max(sentenceOf(at), at - CUE_REACH), at);
  const here = mentions.find((m) => m.span[0] === span[0]);
  if (!TRAVEL_TO.test(cue(span[0])) && !(here && namesDestination(here, text, sentenceOf(span[0])))) return;
  const scenes = mentions.filter(
    (m) =>
      (m.kind === 'city' || m.kind === 'district') &&
      m.via !== 'demonym' &&
      m.span[0] !== span[0] &&
      event.evidence.some(([from, to]) => from <= m.span[0] && m.span[1] <= to) &&
      // Another sentence's town abroad ("claimed by the group in Paris") tells something else.
      (sentenceOf(m.span[0]) === sentenceOf(span[0]) || m.place?.country === event.location?.country) &&
      toldAsScene(m, text, cue(m.span[0]), sentenceOf(m.span[0])),
  );
  const scene = scenes.find((m) => m.span[0] > span[0]) ?? scenes.findLast((m) => m.span[0] < span[0]);
  if (scene) {
    event.location = placeRefOf(scene);
    return;
  }
  // "a pipeline carrying oil to the Turkish port of Ceyhan … attacks on pipelines are frequent in Iraq": with no
  // town of the scene, the country the article places things in, when the article names no other town or
  // province in the destination's ("the convoy passed Manda, heading for Katra" stays by Jammu).
  const own = event.location?.country;
  const homeNamed = mentions.some(
    (m) =>
      m.place?.country === own &&
      m.place?.precision !== 'country' &&
      m.via !== 'demonym' &&
      m.span[0] !== span[0],
  );
  const country = homeNamed ? null : articleCountry(doc);
  if (country && country.country !== own) event.location = country;
}

function toldAsScene(m: Mention, text: string, before: string, from: number): boolean {
  return sceneCue(before) && !offScene(m, text, from);
}

/**
 * The words before a town put the scene there: "in", "passed through", "in the Tirin area of" — not a
 * hospital's town nor where someone was going.
 *
 * @example sceneCue('the car was hit in the northern outskirts of ') === true
 */
export function sceneCue(before: string): boolean {
  return SCENE_BEFORE.test(before) && !HOSPITAL_BEFORE.test(before) && !TRAVEL_TO.test(before);
}

/** Sentences after a hijacking's own within which the town its flight left may be told. */
const DEPARTURE_REACH = 2;

/**
 * "Gunmen hijacked a jet with 90 aboard. It had been flying from Rampur to Adrow.": a hijacked flight is
 * seized where it took off (core/flight-words), which the sentences after the hijacking's may tell: the town
 * of the event's country the flight left is its place, over where it was bound or made to land.
 *
 * @example placeAtDeparture(event, doc) // event.location.name === 'Rampur'
 */
export function placeAtDeparture(event: EventRecord, doc: Document): void {
  const text = doc.text ?? '';
  const trigger = event.event_type?.spans[0];
  if (!trigger || !HIJACK.test(text.slice(trigger[0], trigger[1]))) return;
  // "… hijacked an airliner. It had taken off from Rampur. … The hijacker surrendered.": after its first.
  const end = event.evidence[0]?.[1] ?? 0;
  const after = (doc.sentences ?? []).filter((s) => s.span[0] >= end).slice(0, DEPARTURE_REACH);
  const told = [...event.evidence, ...after.map((s) => s.span)];
  const country = event.location?.country;
  const left = (doc.mentions ?? []).find((m) => {
    const sentence = told.find(([from, to]) => from <= m.span[0] && m.span[1] <= to);
    return (
      sentence !== undefined &&
      m.via !== 'demonym' &&
      m.place !== undefined &&
      m.place.precision !== 'country' &&
      m.place.precision !== 'region' &&
      (!country || m.place.country === country) &&
      AIRCRAFT.test(text.slice(sentence[0], sentence[1])) &&
      leftFrom(text, m.span, sentence[0])
    );
  });
  if (left) event.location = placeRefOf(left);
}

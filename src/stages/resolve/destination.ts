// Where travellers were heading is not where they were struck, when the text says where that was.
import { placeRefOf } from '../../core/place-ref.js';
import { namesDestination, offScene } from '../../core/place-stance.js';
import type { Document, EventRecord, Mention } from '../../core/records.js';
import { sentenceSpanAt } from './sentence-at.js';
import { articleCountry } from './article-country.js';

/** "traveling to", "driving back to", "pilgrims to": the town next is where someone was going. */
const TRAVEL_TO =
  /\b(?:travel+(?:ing|ed|s)?|driv(?:ing|es?)|drove|going|went|return(?:ing|ed|s)?|pilgrims|worshippers)\s+(?:back\s+)?(?:to|for|towards?)\s+(?:the\s+)?$/i;
/** "in", "near", "passed through", "in a northern neighbourhood of": the town next is where something was. */
const SCENE_BEFORE =
  /\b(?:in|at|near|outside|inside|through|(?:neighbou?rhood|district|area|outskirts|suburbs?)\s+of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;
/** "a hospital in": where the wounded were taken, not where they were hit. */
const HOSPITAL_BEFORE = /\bhospital(?:\s+\S+){0,2}\s+(?:in|at|near)\s+(?:the\s+)?$/i;
/** How far before a town its cue may start (characters). */
const CUE_REACH = 40;

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
  // province in the destination's ("drove through Manda on its way to Katra" stays by Jammu).
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
  return (
    SCENE_BEFORE.test(before) &&
    !HOSPITAL_BEFORE.test(before) &&
    !TRAVEL_TO.test(before) &&
    !offScene(m, text, from)
  );
}

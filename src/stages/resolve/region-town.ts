// A town of the region an incident is placed at: the town its sentences put on the scene.
import type { Document, EventRecord, Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { placeRefOf } from '../../core/place-ref.js';
import { TOWN_IN_PROVINCE } from '../../core/text/part-of-words.js';
import { toldBefore, toldSpans } from './article-place.js';
import { CUE_REACH, sceneCue } from './destination.js';
import { onScene, toldAfterLocative } from './on-scene.js';
import { inRegionOf } from './region-reach.js';
import { endOfRoute } from './route-end.js';
import { namedAsSeat } from './seat-town.js';

/** Sentences after an incident's own that may name its known town: a region's towns are told further on too. */
const FOLLOWING_KNOWN = 1;
/** Sentences before an incident's own that may have set its scene at a known town. */
const PRECEDING_KNOWN = 1;

/**
 * «نقلوا إلى مستشفى رامبور» ("taken to Rampur's hospital"), "the whole province, including the city of Rampur",
 * "the province, whose capital Rampur …": a town named after a hospital the wounded went to, as one part of a
 * region that the incident took in whole, or as the region's capital, which tells what the region is.
 */
const NOT_THE_SCENE_BEFORE =
  /(?:\bhospital|مستشفى|\bincluding|بما\s+(?:فيها|فيه|في\s+ذلك)|\bcapital|عاصم[ةه]|عاصمت\S*)(?:\s+\S+){0,3}\s+$/i;

/**
 * "Three bombs went off across Ostmark province. The last wrecked an empty chalet in Rampur.": an event its
 * clause could place only at a province or region is placed at a town or district of the base in that region
 * ("Gush Katif" in Gaza; near a region named bare, "a house in Sderot in the western Negev": see
 * region-reach.ts) that its sentences, or the one after them, put on the scene after a locative
 * ("in X", "the town of X") — not a point measured from, nor where anyone came from or went; nor the region's
 * namesake seat, which may be the region itself told short ("Gaza" for the Gaza Strip).
 *
 * @example placeAtRegionTown(event, doc) // event.location.name === 'Rampur'
 */
export function placeAtRegionTown(event: EventRecord, doc: Document): void {
  const loc = event.location;
  if (loc?.precision !== 'region' || !loc.entity_id) return;
  const mentions = doc.mentions ?? [];
  const region = mentions.find((m) => m.entity_id === loc.entity_id)?.place?.admin1;
  if (!region) return;
  const text = doc.text ?? '';
  const told = toldSpans(event, doc, FOLLOWING_KNOWN);
  const inRegion = (m: Mention, spans: readonly Span[], reach = true) =>
    (m.kind === 'city' || m.kind === 'district') &&
    !loc.name.includes(m.name) &&
    (m.place?.precision === 'town' || m.place?.precision === 'district') &&
    m.place.country === loc.country &&
    (reach ? inRegionOf(doc, loc, region, m) : m.place.admin1 === region) &&
    spans.some(([from, to]) => from <= m.span[0] && m.span[1] <= to) &&
    onScene(doc, m);
  // "stones were thrown at Lakhpur town in Rampur district of Ostmark": the town the text puts in the region
  // by name, before any other of its towns the incident's sentences name.
  const regionNamed = mentions.filter((m) => m.entity_id === loc.entity_id);
  const placedInRegion = (m: Mention) =>
    regionNamed.some(
      (r) => r.span[0] >= m.span[1] && TOWN_IN_PROVINCE.test(text.slice(m.span[1], r.span[0])),
    );
  const town =
    mentions.find((m) => inRegion(m, told) && placedInRegion(m)) ??
    mentions.find(
      (m) =>
        inRegion(m, told) &&
        (toldAfterLocative(text, m.span) ||
          sceneCue(text.slice(Math.max(0, m.span[0] - CUE_REACH), m.span[0]))),
    ) ??
    // "Bombers wrecked the Rampur council building on Ostmark island": the incident's own sentence names a town of
    // the region, with no locative (the seat of a body it struck, say): the nearest the text comes to the scene.
    // An incident the article recalls is told by its region; a town beside it is most often the news's. A
    // district so named ("Ostmark's Lakhpur city") may be the seat's own quarter, so only a town is taken.
    mentions.find(
      (m) =>
        event.timing?.value !== 'historical' &&
        m.place?.precision === 'town' &&
        (m.via !== 'demonym' || namedAsSeat(m, text)) &&
        // Named with no locative, a town is taken only from the region's own province (no reach: region-reach.ts).
        inRegion(m, event.evidence, false) &&
        !endOfRoute(text, m.span) &&
        !NOT_THE_SCENE_BEFORE.test(text.slice(Math.max(0, m.span[0] - 40), m.span[0])),
    ) ??
    // "Jets struck the town of Rampur. The attack killed 20, the health office in Ostmark province said.": a
    // sentence that names no town of the region goes on telling the scene the one before it set.
    mentions.find(
      (m) =>
        inRegion(m, toldBefore(event, doc, PRECEDING_KNOWN)) &&
        !mentions.some((o) => o !== m && inRegion(o, told, false)) &&
        toldAfterLocative(text, m.span),
    );
  if (town) event.location = placeRefOf(town);
}

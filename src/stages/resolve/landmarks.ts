/** The places a telling finds its own place by: "Hays, south of Hodeidah", «الجفينة جنوب غرب مأرب». */
import { DISTANCE_UNIT } from '../../core/distance-words.js';
import { packedMap } from '../../core/packed-map.js';
import type { Document, EventRecord, Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';

/** "south of", "north-west of the", "جنوب غرب", "غربي": the words that make the next place a landmark. */
const MEASURED_FROM =
  /(?:\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?|(?:^|\s)[وب]?(?:شمال|جنوب|شرق|غرب)[يى]?(?:\s+(?:شرق|غرب)[يى]?)?\s+)$/i;

/**
 * "Hamra near Manbij", "الحمرا قرب منبج": a site told right beside the town it is near; not "X and near Y",
 * which lists two sites.
 */
const RIGHT_NEAR =
  /^[\s,،]*(?:near|close\s+to|outside|قرب|(?:بال)?قرب\s+من)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+|(?:مدينة|بلدة)\s+)?$/i;

/**
 * "a village in the northern countryside of Raqqa", "قرية في ريف حلب", "بريف إدلب": a site told as in the
 * countryside or outskirts of the town after it.
 */
const COUNTRYSIDE_OF =
  /^[\s,،]*(?:(?:village|town)\s+)?(?:in\s+)?(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:countryside|outskirts|suburbs)\s+of\s+(?:the\s+)?$|^[\s,،]*(?:في\s+|ب)?(?:ريف|ضواحي)\s+$/i;

/** "130 km southeast of", "20 كم شمال": a site that far from the landmark is no part of its report. */
const DISTANCE = /\d|\b(?:km|kilomet\w*|miles?)\b|(?:^|\s)(?:كم|كيلو)/i;
/** Characters between a place and the landmark it is found by ("الجفينة والبلق جنوب غرب مأرب"). */
const LANDMARK_REACH = 40;

/**
 * "غارات على الجفينة والبلق جنوب غرب مأرب", "Hays, south of Hodeidah": the places the telling finds its own
 * place by (their entity ids). A report that names a town and then a site by that town tells one incident.
 *
 * @example landmarksOf(event, doc) // ['place:ye:marib']
 */
export function landmarksOf(event: EventRecord, doc: Document): string[] {
  const own = event.location?.spans[0];
  if (!own) return [];
  const text = doc.text ?? '';
  // The provinces whose countryside the site is told in: only they stand for their namesake seat too.
  const countrysides: Mention[] = [];
  const landmarks = (doc.mentions ?? []).filter((m) => {
    if (!m.place || m.span[0] < own[1] || m.span[0] - own[1] > LANDMARK_REACH) return false;
    const between = text.slice(own[1], m.span[0]);
    if (DISTANCE.test(between)) return false;
    if (COUNTRYSIDE_OF.test(between)) countrysides.push(m);
    return MEASURED_FROM.test(between) || RIGHT_NEAR.test(between) || COUNTRYSIDE_OF.test(between);
  });
  const capital = capitalMeasuredFrom(text, own[1], doc.mentions ?? []);
  if (capital !== null) landmarks.push(capital);
  const seat = namesakeSeat(countrysides, doc.mentions ?? []);
  if (seat !== undefined) landmarks.push(seat);
  // Packed, as the merger's spreads of them are: its readers see one array layout (core/packed-map.ts).
  return packedMap(landmarks, (m) => m.entity_id);
}

/**
 * "20 killed in Ostmark" over "a village in the countryside of Ostmark province": a site told in a province's
 * countryside is found by the town the province is named after too, when the article names it — a bare
 * "Ostmark" may be either, and a telling there, with the same toll, is the village's incident told coarser.
 * Not a province a site is only measured from: "Tarmiyah, north of Baghdad" is not told at Baghdad's seat.
 */
function namesakeSeat(countrysides: readonly Mention[], mentions: readonly Mention[]): Mention | undefined {
  const regions = countrysides.filter((m) => m.place?.precision === 'region');
  if (regions.length === 0) return undefined;
  return mentions.find(
    (m) =>
      m.place?.precision === 'town' &&
      regions.some(
        (r) => r.place!.country === m.place!.country && r.name.toLowerCase() === m.name.toLowerCase(),
      ),
  );
}

/** "west of the capital", «غربي العاصمة»: a bearing, then the bare word for the capital, naming no town itself. */
const BEARING_TO_CAPITAL =
  /^[\s,،]*(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+the\s+capital\b|[وب]?(?:شمال|جنوب|شرق|غرب)[يى]?(?:\s+(?:شرق|غرب)[يى]?)?\s+(?:ال)?عاصم[ةه](?![\u0621-\u064a]))/i;
/** The words a town is named by as the capital ("the capital", «العاصمة», "the Yemeni capital"). */
const CAPITAL_WORD = /capital|عاصم/i;

/**
 * "Jets struck Sanaa, shaking the capital. … a camp west of the capital": a site measured from the bare
 * capital, which the knowledge stage leaves unplaced (a bearing is no place of the incident), is found by the
 * town the article's other words for the capital name — one town, else none.
 */
function capitalMeasuredFrom(text: string, from: number, mentions: readonly Mention[]): Mention | null {
  if (!BEARING_TO_CAPITAL.test(text.slice(from, from + LANDMARK_REACH))) return null;
  const named = mentions.filter((m) => m.kind === 'city' && CAPITAL_WORD.test(text.slice(...m.span)));
  const towns = new Set(named.map((m) => m.entity_id));
  return towns.size === 1 ? named[0] : null;
}

/**
 * "10 km from the town of X", "about five miles away from X", «على بعد ثمانية كيلومترات من قرية X», or
 * from its other name in brackets ("from Y (X)"): words that tell a distance from the town after them, the
 * scene being elsewhere. A bearing alone ("north of X") is not one: that site is most often told by its own
 * name first; nor are metres ("a few metres from X" is at X).
 */
const DISTANCE_FROM = new RegExp(
  String.raw`(?:\b(?:${DISTANCE_UNIT})\s+(?:away\s+)?from|(?:^|\s)على\s+بعد\s+[^.،,؛]{0,30}?(?:${DISTANCE_UNIT}|كيلو\S*|ميل|[أا]ميال)\s+(?:من|عن))\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+|(?:بلدة|مدينة|قرية)\s+)?(?:[^\s().,،]+(?:\s+[^\s().,،]+)?\s*\(\s*)?$`,
  'i',
);
/** Characters before a place within which its distance words stand. */
const DISTANCE_REACH = 80;

/**
 * Whether every word the telling's place is named by tells only how far the scene lies from it ("the blast
 * in the town ten kilometres from X"): X is a landmark, not where it happened.
 *
 * @example placeMeasuredFrom(blast, 'the blast in the town 10 km from Ostrava') // true when placed at Ostrava
 */
export function placeMeasuredFrom(event: EventRecord, text: string): boolean {
  const spans: Span[] = event.location?.spans ?? [];
  return (
    spans.length > 0 &&
    spans.every(([start]) => DISTANCE_FROM.test(text.slice(Math.max(0, start - DISTANCE_REACH), start)))
  );
}

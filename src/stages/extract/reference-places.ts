import { DISTANCE_UNIT, nearBefore } from '../../core/distance-words.js';
import { placeInDistrict, placeRefOf, placeWith } from '../../core/place-ref.js';
import type { Mention, PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { sameTheatre } from '../../core/shared-theatres.js';
import type { Frame } from './frame-builder.js';
import { PART_OF_TOWN } from '../../core/text/part-of-words.js';
import { namesakeOfQuarter, PART_NOUN_AFTER } from './region-towns.js';
import { quarterOfTown } from './unknown-village.js';
import { tokenAt } from './sentence-view.js';

// Towns the text measures a place from ("north of X", "20 km from X", "شمال X"): landmarks to find the
// incident by, which place-finder takes only when the clause names no place of its own; and towns the text
// puts a quarter or a namesake in ("the Yarmouk area of Mosul"), which stand for it.

/**
 * The words before a town that make it a point another place is measured from, or that another place is
 * told by (", a suburb of X", ", a village near X" after that place's name); "بجنوب صنعاء", "في شمال حلب"
 * (in the south of Sanaa, in northern Aleppo) put the place inside the town instead.
 */
export const REFERENCE = new RegExp(
  String.raw`(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+(?:the\s+)?|,\s*(?:a|the)\s+(?:\w+\s+)?(?:suburb|town|village|city)\s+(?:of|near|outside)\s+(?:the\s+)?|(?:\d+\s*(?:${DISTANCE_UNIT})\s+(?:\w+\s+)?(?:of|from|من)\s+)|(?<!في)(?:^|\s)و?(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|جنوب شرق|جنوب غرب|شمال شرق|شمال غرب|شمال شرقي|جنوب شرقي|جنوب غربي|شمال غربي)\s+)$`,
  'i',
);

/** "منطقتي الفلاحات غرب الفلوجة", "the villages north of Aleppo": localities the text names by a town. */
const NAMED_SITE_NEAR =
  /(?:(?:^|\s)[وفب]?(?:منطقة|منطقتي|قرية|قريتي|قرى|بلدة|بلدتي|ناحية|حي|احياء)\s+\S+(?:\s+\S+)?|\b(?:villages?|areas?|localities|hamlets?)\b[^.,;]{0,20})\s+[وب]?(?:\S+\s+){0,1}$/i;

/**
 * Sites too small for the knowledge base, told by the town they lie near, stand for that town (one event
 * at the shared reference place); a landmark that is not a locality ("an air base east of Aleppo") does not.
 *
 * @example namedSiteNear(places, 'shelling of the villages north of Aleppo')?.name // 'Aleppo'
 */
export function namedSiteNear(local: Mention[], text: string): Mention | undefined {
  return local.find((m) => {
    const before = text.slice(Math.max(0, m.span[0] - 48), m.span[0]);
    if (!REFERENCE.test(before.slice(-14)) || m.place?.precision !== 'town') return false;
    const head = before.replace(REFERENCE, '');
    return NAMED_SITE_NEAR.test(head + ' ');
  });
}

/**
 * "gunmen attacked a patrol northeast of Baqubah", "a bomb went off 12 miles east of Kerbala": in a sentence
 * that names no other place, the incident is placed by the town it is measured from, the nearest the text
 * comes to it (a town with no distance before it first, then one no more than `NEAR_KM` away);
 * `landmarkPlace` says how near.
 *
 * @example measuredFromTown(local, places, 'attacked a patrol northeast of Baqubah')?.name // 'Baqubah'
 */
export function measuredFromTown(local: Mention[], places: Mention[], text: string): Mention | undefined {
  const reference = (m: Mention) => REFERENCE.test(text.slice(Math.max(0, m.span[0] - 14), m.span[0]));
  if (places.some((m) => m.place?.precision !== 'country' && !reference(m))) return undefined;
  const towns = local.filter((m) => m.place?.precision === 'town' && reference(m));
  // "250 km northwest of Baghdad" is nowhere near it: only a near distance keeps the town.
  const near = (m: Mention) => nearBefore(text.slice(Math.max(0, m.span[0] - 40), m.span[0]));
  return towns.find((m) => !awayFrom(m, text)) ?? towns.find(near);
}

/** "20 km south of Aleppo": a distance before a town puts the incident out of it. */
const awayFrom = (m: Mention, text: string) =>
  DISTANCE.test(text.slice(Math.max(0, m.span[0] - 40), m.span[0]));

/**
 * The place of an incident found by a landmark town: the town itself, or — when a distance puts the incident
 * out of it ("12 miles east of Kerbala") — the area around the town, told at the town with the coarser
 * precision `district`, as ACLED codes an event near a town at that town: an analyst keeps where to look
 * and how sure the pin is, which the country alone would lose.
 *
 * @example landmarkPlace(kerbala, 'a bomb went off 12 miles east of Kerbala').precision // 'district'
 */
export function landmarkPlace(m: Mention, text: string): PlaceRef {
  const ref = placeRefOf(m);
  return awayFrom(m, text) && ref.precision === 'town'
    ? placeWith(ref, ref.country, ref.spans, 'district')
    : ref;
}

const DISTANCE = new RegExp(String.raw`\d+\s*(?:${DISTANCE_UNIT})\s+(?:\S+\s+){0,3}$`, 'i');

/** Token distance within which a district is read as part of the town named after it. */
const ENCLOSING_REACH = 6;

/**
 * "حي اليرموك غربي بعقوبة", "Sultanbeyli district of Istanbul": a neighbourhood, or a foreign namesake,
 * named just before a town of the article's country stands for that town (districts fold into cities); so
 * does a place the text puts in or beside a town of another country ("Al-Mafraq, west of Baqubah").
 */
export function enclosing(
  m: Mention,
  places: Mention[],
  view: Frame['view'],
  home: string | null,
  text: string,
): Mention {
  const precision = m.place?.precision;
  // "Umm Tuba, south of Jerusalem": a village of the neighbour one theatre shares is not abroad.
  const foreign = home !== null && !sameTheatre(m.place?.country ?? '', home);
  const at = tokenAt(view, m.span[1]);
  const town = places.find(
    (p) =>
      p.span[0] >= m.span[1] &&
      tokenAt(view, p.span[0]) - at <= ENCLOSING_REACH &&
      p.place?.precision === 'town' &&
      (p.place.country === m.place?.country || p.place.country === home || namesakeNear(m, p, text)),
  );
  if (!town) return m;
  // "Wadi Barada valley northwest of Damascus": a district of no town, measured from one, lies out of it. A
  // quarter of a town ("Al-Salam district north of Baqubah", a Baghdad name) may be a namesake of this one's.
  if (precision === 'district' && !m.place?.city && BEARING_FROM.test(text.slice(m.span[1], town.span[0])))
    return m;
  // "vejalpur area of ahmedabad", "Sultanbeyli district of Istanbul": the text says it lies in the town.
  const part =
    PART_OF_TOWN.test(text.slice(m.span[1], town.span[0])) ||
    (DISTRICT_MARKED.test(text.slice(Math.max(0, m.span[0] - 10), m.span[0])) &&
      IN_TOWN.test(text.slice(m.span[1], town.span[0])));
  return precision === 'district' || foreign || part || namesakeNear(m, town, text) ? town : m;
}

/**
 * "the Kadikoy district of Istanbul", "the Eminonu neighbourhood of Istanbul", «حي اليرموك غربي بعقوبة»: the
 * place of a town chosen for the incident, with the quarter named just before it kept as its district — the
 * place `enclosing` gave way to the town (`from`), or one the text puts in the town ("district of", "Jerusalem's
 * Gilo neighbourhood") — when
 * the text calls it a quarter of the town or the base puts it there. A namesake only near the town ("Mafraq,
 * west of Baqubah"), a place named near it ("Eastern Ghouta in the Damascus region") and a town of another
 * province ("the Damascus suburb of Daraya") are no quarters of it; a quarter the base puts in another town is
 * kept by its name only.
 *
 * @example quarterKept(istanbul, istanbul, places, text).district?.name // 'Kadikoy'
 */
export function quarterKept(town: Mention, from: Mention, places: Mention[], text: string): PlaceRef {
  const ref = placeRefOf(town);
  if (ref.district || town.place?.precision !== 'town') return ref;
  const partOf = (m: Mention) =>
    m.span[1] <= town.span[0] && PART_OF_TOWN.test(text.slice(m.span[1], town.span[0]));
  const called = (m: Mention) =>
    partOf(m) || DISTRICT_MARKED.test(text.slice(Math.max(0, m.span[0] - 10), m.span[0]));
  const inTown = (m: Mention) => m.place?.city?.entity_id === town.entity_id;
  // "Gush Katif in Gaza": a district of the base the text puts in the town.
  const districtIn = (m: Mention) =>
    m.place?.precision === 'district' && /^\s*,?\s+in\s+$/.test(text.slice(m.span[1], town.span[0]));
  // "Jerusalem's Gilo neighbourhood", "Gaza's Qatif Bloc": after the town's possessive, a part the noun after
  // it calls one, or a district of the base.
  const owned = (m: Mention) =>
    m.span[0] >= town.span[1] &&
    /^['’]s\s+$/.test(text.slice(town.span[1], m.span[0])) &&
    (PART_NOUN_AFTER.test(text.slice(m.span[1], m.span[1] + 16)) ||
      QUARTER_NOUN_AT_END.test(text.slice(m.span[0], m.span[1])) ||
      m.place?.precision === 'district');
  const quarter =
    from !== town && (called(from) || inTown(from) || districtIn(from))
      ? from
      : places.find((m) => m !== town && (partOf(m) || owned(m) || districtIn(m)));
  if (!quarter) return unknownQuarter(ref, town, places, text);
  const [admin, townAdmin] = [quarter.place?.admin1, town.place?.admin1];
  // "the Damascus suburb of Daraya": a town of another province is no quarter — unless the town's possessive
  // and a quarter's noun make it one ("Lakhpur's Tirin neighbourhood"), a namesake of the base's town.
  const namesake = quarter.place?.precision === 'town' && !!admin && !!townAdmin && admin !== townAdmin;
  if (namesake && !owned(quarter)) return ref;
  // "the Khadra district of Kirkuk": a foreign namesake's words, or a quarter of another town, by its name;
  // so is a town far out of this one that the text calls its quarter.
  const own =
    !namesakeOfQuarter(town, quarter, text) &&
    quarter.place?.country === town.place?.country &&
    (!quarter.place?.city || inTown(quarter));
  const district = own
    ? { name: quarter.name, entity_id: quarter.entity_id }
    : { name: text.slice(quarter.span[0], quarter.span[1]), entity_id: null };
  return withQuarter(ref, district, quarter.span);
}

/** The place told at its quarter, through `placeInDistrict` (see there). */
function withQuarter(ref: PlaceRef, district: NonNullable<PlaceRef['district']>, span: Span): PlaceRef {
  return placeInDistrict(ref, district, [...ref.spans, span]);
}

/** "Gilo neighborhood": a quarter's name the base knows with its noun. */
const QUARTER_NOUN_AT_END = /\s(?:neighbou?rhood|quarter|district|suburb|area)$/i;

/** "the Amil neighbourhood of Baghdad": a quarter the base does not know, kept by its words. */
function unknownQuarter(ref: PlaceRef, town: Mention, places: Mention[], text: string): PlaceRef {
  const quarter = quarterOfTown(text, town.span);
  if (!quarter || places.some((m) => m.span[0] < quarter.span[1] && m.span[1] > quarter.span[0])) return ref;
  return withQuarter(ref, { name: quarter.name, entity_id: null }, quarter.span);
}

/**
 * " valley northwest of", ", 10 km east of": the words between a place and the town named next that measure
 * the place from the town, the whole gap.
 */
const BEARING_FROM =
  /^(?:\s+(?:valley|area|district|region|plain|countryside))?\s*,?\s*(?:(?:about\s+)?\d+\s*(?:km|kilomet(?:re|er)s|miles)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$/i;

/** ", west of", "outside", "near": words that put a place close by the town named next. */
const NEAR_TOWN =
  /^\s*,?\s*(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|outside(?:\s+of)?|near)\s+(?:the\s+)?$/i;

/**
 * "Militants in Mafraq, west of Baqubah", "the Khadra district of Kirkuk": a place the text puts in or by a
 * town of another country is a namesake the knowledge base lacks, a locality of that town's.
 */
function namesakeNear(m: Mention, town: Mention, text: string): boolean {
  const gap = text.slice(m.span[1], town.span[0]);
  // "Umm Tuba, south of Jerusalem": a village of the neighbour one theatre shares is no namesake.
  const abroad = !sameTheatre(town.place?.country ?? '', m.place?.country ?? '');
  return abroad && (PART_OF_TOWN.test(gap) || NEAR_TOWN.test(gap));
}

/** "بمديرية الشيخ في جنوب المدينة", "حي X في Y": a district or quarter the text places in the town named next. */
const DISTRICT_MARKED = /(?:^|\s)[وفب]?(?:مديرية|حي)\s+$/;
const IN_TOWN = /^\s*(?:في|ب)\s*(?:(?:شمال|جنوب|شرق|غرب|وسط)ي?\s+)?$/;

/**
 * ", in eastern", " area, outside of", ", near": the words after a place that locate it by the town named next
 * (a compass word, "outside" or "near", so that "in X, in Y" stays a list).
 */
const LOCATED_BY =
  /^(?:\s+(?:area|district|village|neighbou?rhood|quarter|suburb))?\s*,\s*(?:in\s+(?:the\s+)?(?:(?:north|south)-?(?:east|west)|north|south|east|west|central)(?:ern)?|outside(?:\s+of)?|near|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?$/i;

/**
 * "a bomb in Lakhpur, in eastern Rurania, went off, killing two": a clause that reaches only the town a place
 * is located by names the place itself, so the incident is not split into one at each.
 *
 * @example locatedPlace(rurania, places, 'in Lakhpur, in eastern Rurania, went off').name // 'Lakhpur'
 */
export function locatedPlace(town: Mention, places: readonly Mention[], text: string): Mention {
  const before = places.filter((m) => m.span[1] <= town.span[0]).at(-1);
  const local = before?.place?.precision === 'town' || before?.place?.precision === 'district';
  return before &&
    local &&
    before.place?.country === town.place?.country &&
    LOCATED_BY.test(text.slice(before.span[1], town.span[0]))
    ? before
    : town;
}

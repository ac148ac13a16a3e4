import { nearBefore } from '../../core/distance-words.js';
import { placeInDistrict, placeRefOf, placeWith } from '../../core/place-ref.js';
import { offScene } from '../../core/place-stance.js';
import type { Document, EventRecord, Mention, PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { namedAsVillage } from '../../core/village-names.js';
import { namesNationality, namesWhose } from './body-names.js';
import { onScene, sentenceStart, toldAfterLocative } from './on-scene.js';
import { CUE_REACH, sceneCue } from './destination.js';
import { districtInProvince, townInProvince, unknownTown } from './unknown-town.js';
import { seatTownInCountry } from './seat-town.js';
import { namedOnlyAsRouteEnd } from './route-end.js';

/** Kinds of mention that are a town of the article, and, failing one, a site of it. */
const TOWN_KINDS = ['city', 'district'];
const SITE_KINDS = ['site'];
/** «بالعراق», «وبسوريا»: the locative joined to a name the base matched without it. */
const JOINED_BEFORE = /(?:^|\s)[وف]?ب$/;

/**
 * Places an event its own clause could only place by a country word, from the rest of the article:
 * a nationality ("a British diplomat was shot dead. He was driving … in Athens"), a country's name opening
 * a body's ("members of the Denmark Relief Council") or one told without a locative ("a reporter of Borduria
 * was seized … in Strelsau") gives way to the country the article's places lie in,
 * and a country to the first town the article names in it, unless only as a point the place is measured
 * from or as somewhere off the scene (where troops were heading, attackers are posted, a source was
 * reached); failing that, to a town the base does not know that the incident's own sentences name. Only for
 * articles that place none of their incidents in a town, where the article's town is the incident's.
 *
 * @example placeFromArticle(event, doc, fallback) // event.location.name === 'Athens'
 */
export function placeFromArticle(event: EventRecord, doc: Document, fallback: PlaceRef | null): void {
  const loc = event.location;
  if (loc && loc.precision !== 'country') return;
  const whose =
    loc &&
    (namesWhose(doc, loc) ||
      (notToldAsWhere(doc, loc) && fallback !== null && groundOf(doc, fallback.country)));
  if (loc && fallback && loc.country !== fallback.country && whose) event.location = fallback;
  // "An American drone struck a car": whose the aircraft was, in an article that names no place of its own.
  if (event.location && airborneNationality(doc, event.location)) {
    event.location = null;
    return;
  }
  const code = event.location?.country ?? null;
  // A quarter of a town the base knows ("in West Beirut") places the incident in that town as well.
  const ofCountry = (m: Mention, kinds: readonly string[]) =>
    kinds.includes(m.kind) &&
    m.via !== 'demonym' &&
    m.place?.country === code &&
    code !== null &&
    onScene(doc, m);
  // With no town, a site of the country the article names ("the Rampur airport", "Lakhpur stadium"), which the
  // base places in its town: the nearest the text comes to the scene.
  const mentions = doc.mentions ?? [];
  const town =
    mentions.find((m) => ofCountry(m, TOWN_KINDS)) ?? mentions.find((m) => ofCountry(m, SITE_KINDS));
  if (town) event.location = placeRefOf(town);
  // No town of the base: one the incident's sentences name that the base does not know — in the country a
  // nationality gives only when the article lies in that country too.
  // An article that names no country at all still names the town ("A bomb went off in Tirizai").
  else if (
    !event.location ||
    !namesNationality(doc, event.location) ||
    event.location.country === fallback?.country
  )
    toUnknownTown(event, doc);
  if (event.location?.precision === 'country') toReferenceTown(event, doc);
  if (event.location?.precision === 'country') toNamedRegion(event, doc);
  seatTownInCountry(event, doc);
}

/**
 * "gunmen shot a tribal elder leaving evening prayers at a shrine in Lakhpur Province": with no town of the scene, named or
 * unknown, nor one it is measured from, the incident is placed at a province or region of its country that its
 * sentences, or the one after them, put something in ("in X", "through X"), the nearest the text comes to the
 * scene — unless its own clause told it in the country ("scattered attacks across the country", "in Iraq").
 */
function toNamedRegion(event: EventRecord, doc: Document): void {
  const text = doc.text ?? '';
  const mentions = doc.mentions ?? [];
  const inCountry = mentions.some(
    (m) =>
      m.kind === 'country' &&
      m.place?.country === event.location?.country &&
      event.evidence.some(([from, to]) => from <= m.span[0] && m.span[1] <= to) &&
      (toldAfterLocative(text, m.span) ||
        JOINED_BEFORE.test(text.slice(Math.max(0, m.span[0] - 3), m.span[0]))),
  );
  if (inCountry) return;
  const region = mentions.find(
    (m) =>
      m.place?.precision === 'region' &&
      m.via !== 'demonym' &&
      m.place.country === event.location?.country &&
      (toldAfterLocative(text, m.span) ||
        sceneCue(text.slice(Math.max(0, m.span[0] - CUE_REACH), m.span[0])) ||
        inGroupName(m, mentions, text)) &&
      onScene(doc, m),
  );
  if (region) event.location = placeRefOf(region);
}

/**
 * "a grenade thrown by the Ruritania Liberation Front": a region an armed group is named after, which the
 * knowledge stage reads as a place only when the report names no finer one (group-home-region.ts) — where the
 * group fights, and so the nearest the text comes to the scene.
 */
function inGroupName(m: Mention, mentions: readonly Mention[], text: string): boolean {
  return mentions.some(
    (g) =>
      g.kind === 'armed-group' &&
      ((g.span[0] <= m.span[0] && m.span[1] <= g.span[1]) ||
        // "the Ruritania Liberation Front (RLF)": the group read by its acronym after its name.
        (g.span[0] >= m.span[1] && NAME_BEFORE_ACRONYM.test(text.slice(m.span[1], g.span[0])))),
  );
}

/** The rest of a group's name after a region in it, up to the bracket opening the group's acronym. */
const NAME_BEFORE_ACRONYM = /^(?:\s+\p{Lu}[\p{L}'’-]*)*\s*\(\s*$/u;

/**
 * "Police arrested six men who were planting bombs by the railway in Latifiyah": an incident its clause
 * places only by its country, told in the same sentence as a town of that country the sentence puts on the
 * scene after a locative (not where anyone came from or went, not a point measured from), happened in that
 * town (of any country, when a nationality gave the country); for articles whose other incidents have towns,
 * where the article's first town need not be this one's.
 *
 * @example placeFromSentence(event, doc) // event.location.name === 'Latifiyah'
 */
export function placeFromSentence(event: EventRecord, doc: Document): void {
  const loc = event.location;
  if (!loc || loc.precision !== 'country' || loc.country === null) return;
  // "a ceasefire brokered in Moscow": an accord is told where it was struck, not where the sentence's act was.
  if (event.sub_event_type?.value === 'Agreement') return;
  // "Troops held a Sylvanian courier at a roadblock near Rampur": a country read from a nationality says whose,
  // not where, and yields to a town of another country the sentence puts on the scene.
  const whose = namesNationality(doc, loc);
  const town = (doc.mentions ?? []).find(
    (m) =>
      (m.kind === 'city' || m.kind === 'district') &&
      m.via !== 'demonym' &&
      (m.place?.country === loc.country || (whose && m.place?.country != null)) &&
      event.evidence.some(([from, to]) => from <= m.span[0] && m.span[1] <= to) &&
      toldAfterLocative(doc.text ?? '', m.span) &&
      onScene(doc, m),
  );
  if (town) event.location = placeRefOf(town);
  // "Rebels burned two lorries in Tirin village; the convoy was bound for Rampur": no town of the base, but one
  // the base does not know right in the incident's own sentences — the scene, though another telling of the
  // article has its town.
  else event.location = unknownTown(doc.text ?? '', event.evidence, knownSpans(doc, loc), loc.country) ?? loc;
}

/**
 * The words the base or the event's place already read: no unknown town is taken from them — but a village's
 * name the knowledge stage read only a country from ("a hut in Ban Khok Samet") is still the village's.
 */
function knownSpans(doc: Document, loc: PlaceRef | null): Span[] {
  const text = doc.text ?? '';
  const country = loc?.precision === 'country';
  return [
    ...(doc.mentions ?? [])
      .filter((m) => m.kind !== 'country' || !namedAsVillage(text, m.span))
      .map((m) => m.span),
    ...(loc?.spans ?? []).filter((span) => !country || !namedAsVillage(text, span)),
  ];
}

/**
 * "Israeli settlers attacked farmers near the village of Qusra": a town the base does not know took its
 * country from a nationality in its clause, which says who, not where; when the article names no place of
 * that country and places itself in another, the town lies in the article's country.
 *
 * @example nationalityTownToArticle(event, doc, fallback) // event.location.country === 'PS'
 */
export function nationalityTownToArticle(event: EventRecord, doc: Document, fallback: PlaceRef | null): void {
  const loc = event.location;
  if (!loc || loc.precision !== 'town' || loc.entity_id !== null || !fallback) return;
  if (fallback.country === loc.country) return;
  // "the Lebanese village of X": a nationality told with the village noun, kept among its spans, says where.
  const own = (m: Mention) =>
    m.via === 'demonym' && loc.spans.some((s) => s[0] === m.span[0] && s[1] === m.span[1]);
  const named = (doc.mentions ?? []).some(
    (m) => (m.via !== 'demonym' || own(m)) && m.place?.country === loc.country,
  );
  if (!named) event.location = placeWith(loc, fallback.country, loc.spans);
}

/** "south of Kiryat Arba", "ten miles east of Baqubah": the words before a town the scene is measured from. */
const BEARING_OF = /\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$/i;

/** "20 km south of", "ten miles east of": a distance that puts the scene out of the town measured from. */
const AWAY = /\b(?:\d+|[a-z]+)\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\S+\s+){0,2}$/i;

/**
 * "A bomb was left by an orchard south of Kiryat Arba": with no town of the scene, named or unknown, the
 * incident is placed at the town the article measures it from — the nearest the text comes to it; when only a
 * near distance puts it away from the town ("20 km south of Aleppo", no more than `NEAR_KM`), at the area
 * around the town (precision `district`, as the extract stage tells a landmark).
 */
function toReferenceTown(event: EventRecord, doc: Document): void {
  const text = doc.text ?? '';
  const before = (m: Mention) => text.slice(Math.max(0, m.span[0] - 48), m.span[0]);
  const away = (m: Mention) => AWAY.test(before(m));
  const towns = (doc.mentions ?? []).filter(
    (m) =>
      m.kind === 'city' &&
      m.place?.country === event.location?.country &&
      BEARING_OF.test(text.slice(Math.max(0, m.span[0] - 24), m.span[0])) &&
      !offScene(m, text, sentenceStart(doc, m)),
  );
  const town = towns.find((m) => !away(m)) ?? towns.find((m) => nearBefore(before(m)));
  if (!town) return;
  const ref = placeRefOf(town);
  event.location =
    away(town) && ref.precision === 'town' ? placeWith(ref, ref.country, ref.spans, 'district') : ref;
}

/**
 * Places an event at a town its own sentences, or the two after them, name that the base does not know, in the
 * country it has (none when it has none).
 */
function toUnknownTown(event: EventRecord, doc: Document): void {
  const loc = event.location;
  const known = knownSpans(doc, loc);
  // "Police defused a bomb under a car in Tirin. No one knows why. The IRA, who often …": the sentences right
  // before the incident's own may have set the scene that its telling goes on from; weighed last, the nearer
  // first.
  const spans = [...toldSpans(event, doc), ...toldBefore(event, doc, PRECEDING)];
  event.location = unknownTown(doc.text ?? '', spans, known, loc?.country ?? null) ?? loc;
}

/**
 * The incident's own sentences and the `FOLLOWING` after them: "A police car was burned. It was parked outside
 * his home in Espelette." — the sentences that follow the incident's go on telling it.
 */
export function toldSpans(event: EventRecord, doc: Document, following = FOLLOWING): Span[] {
  const end = event.evidence.at(-1)?.[1] ?? 0;
  const after = (doc.sentences ?? []).filter((s) => s.span[0] >= end).slice(0, following);
  return [...event.evidence, ...after.map((s) => s.span)];
}

/**
 * The spans of the `count` sentences right before the incident's own, the nearer first: the scene its telling
 * may go on from.
 */
export function toldBefore(event: EventRecord, doc: Document, count: number): Span[] {
  const start = event.evidence[0]?.[0] ?? 0;
  const before = (doc.sentences ?? []).filter((s) => s.span[1] <= start).slice(-count);
  return before.reverse().map((s) => s.span);
}

/** Sentences before an incident's own that may name its town the base does not know. */
const PRECEDING = 2;
/** Sentences after an incident's own that may name its town the base does not know. */
const FOLLOWING = 2;

/**
 * "Two bombs went off in Songkhla province. One hit a market in Saba Yoi.", "A bomb hit his convoy in
 * Tell Sabri as he drove from Rampur to Lakhpur": an event placed only at a province, or at a town the
 * text names only as an end of a route or an office's seat, is placed at a town the base does not know that
 * its sentences name right after a locative, in the place's country; a district or an area named so ("in the
 * Golestan District") is no town: the province stays the place, that part of it kept beside it as its district.
 * A town named only as its district's seat ("at Tirin in Lakhpur district") stays the place, the unknown town
 * kept beside it as its district.
 *
 * @example placeAtUnknownTown(event, doc) // event.location.name === 'Saba Yoi'
 */
export function placeAtUnknownTown(event: EventRecord, doc: Document): void {
  const loc = event.location;
  if (!loc) return;
  const text = doc.text ?? '';
  const known = knownSpans(doc, loc);
  if (seatOfArea(loc, text)) {
    // "In Lakhpur district, … in the Tirin area": an area the base does not know, too, is the district's part.
    const part =
      townInProvince(text, event.evidence, known, loc.country) ??
      districtInProvince(text, event.evidence, known, loc.country);
    if (part) event.location = withPart(loc, part);
    return;
  }
  const routeEnd = namedOnlyAsRouteEnd(loc, text);
  if (loc.precision !== 'region' && !routeEnd) return;
  const town = townInProvince(text, event.evidence, known, loc.country);
  const part = town || routeEnd ? null : districtInProvince(text, event.evidence, known, loc.country);
  event.location = town ?? (part ? withPart(loc, part) : loc);
}

/** "Lakhpur district", "Lakhpur Province", "Lakhpur (department)": a town's name told as its area's. */
const AREA_NAMED = /^\s*(?:[Dd]istrict|[Pp]rovince|[Dd]epartment|[Gg]overnorate)\b/;

/**
 * "a shop at Tirin in Lakhpur district": a district of the base, or a town the text names only as the district
 * or the province it is the seat of — the area, which holds the villages the base does not know. An unknown
 * town the incident's sentences name is kept beside it as its district; the seat's coordinates stay, the
 * nearest known.
 */
const seatOfArea = (loc: PlaceRef, text: string): boolean =>
  (loc.precision === 'town' || loc.precision === 'district') &&
  !loc.district &&
  loc.spans.every((span) => AREA_NAMED.test(text.slice(span[1], span[1] + 16)));

/** The province kept as the place, the district or area of it the text names kept beside it. */
const withPart = (province: PlaceRef, part: PlaceRef): PlaceRef =>
  placeInDistrict(province, { name: part.name, entity_id: null }, [...province.spans, ...part.spans]);

/** What strikes from the air, after its nationality in English ("Israeli war planes"). */
const AIRCRAFT_AFTER =
  /^[\s-]+(?:\w+\s+)?(?:drones?|jets?|warplanes?|war\s+planes?|aircraft|planes?|helicopters?|gunships?|bombers?|air\s*strikes?|missiles?)\b/i;
/** …and before it in Arabic ("طائرة أمريكية", "غارات جوية روسية", "طائرة بدون طيار أمريكية"). */
const AIRCRAFT_BEFORE =
  /(?:^|\s)[وفب]?(?:ال)?(?:طائر[ةه]|طائرات|مقاتل[ةه]|مقاتلات|غار[ةه]|غارات|طيران|مروحي[ةه]|مروحيات|قاذف[ةه]|قاذفات|صاروخ|صواريخ)(?:\s+(?:ال)?(?:جوي[ةه]?|حربي[ةه]|حربيات|بدون\s+طيار|بلا\s+طيار|مسير[ةه]))*\s+$/;

/**
 * A nationality on what struck from the air ("An American drone", "مقاتلات تركية") says whose the aircraft
 * was, and air forces strike abroad as often as at home: it places the incident only when the article
 * names a place of that country too.
 */
function airborneNationality(doc: Document, loc: PlaceRef): boolean {
  const span = loc.spans[0];
  const text = doc.text ?? '';
  if (!span || !namesNationality(doc, loc)) return false;
  const named = (doc.mentions ?? []).some((m) => m.via !== 'demonym' && m.place?.country === loc.country);
  return (
    !named &&
    (AIRCRAFT_AFTER.test(text.slice(span[1], span[1] + 32)) ||
      AIRCRAFT_BEFORE.test(text.slice(Math.max(0, span[0] - 40), span[0])))
  );
}

/**
 * "in Syria", "into Borduria", "out of Sylvania", "across the south of Ruritania", "along the border with
 * Sylvania", "between Borduria and Sylvania": the words before a country told as the ground something happened
 * on, or as a line it happened along.
 */
const COUNTRY_LOCATIVE =
  /(?:\b(?:in|into|inside|out\s+of|near|across|at|throughout|within)\s+(?:the\s+)?(?:(?:north|south|east|west|centre|center|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:of\s+)?(?:the\s+)?)?|\b(?:border|frontier)\s+(?:of|with)\s+(?:the\s+)?|\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){1,2}and\s+(?:the\s+)?|\bbetween\s+(?:the\s+)?)$/i;

/**
 * A country's name the place was read from, told without a locative ("a reporter of Borduria", "an ultimatum
 * to Sylvania to pull out its troops", "Sylvania has welcomed the talks"): it names a party to the story, not
 * the ground, as a nationality does. English only for now.
 */
function notToldAsWhere(doc: Document, loc: PlaceRef): boolean {
  const span = loc.spans[0];
  // The locatives are English words: another language's text is not read here.
  if (!span || loc.precision !== 'country' || doc.language !== 'en') return false;
  return !COUNTRY_LOCATIVE.test((doc.text ?? '').slice(Math.max(0, span[0] - 40), span[0]));
}

/**
 * Whether the article names ground in the country: a place of it by name, or an armed group that fights there.
 * A country the article's vote rests on nationalities alone ("two Sylvanian men") is no better a place than the
 * country word it would replace.
 */
const groundOf = (doc: Document, code: string | null): boolean =>
  (doc.mentions ?? []).some(
    (m) =>
      (m.via !== 'demonym' && m.place?.country === code) ||
      (m.kind === 'armed-group' && m.actor?.country === code),
  );

import type { NameMatch } from './mention-matcher.js';
import { TOWN_KINDS } from './kb-types.js';
import { isAsciiLetter, isWhiteSpace } from '../../core/text/unit-class.js';
import { guardedPattern } from '../../core/text/guarded-pattern.js';
import { hijackTold, journeyEnd, travelledFrom } from './journey-ends.js';

// What a town's name is told as besides the scene: a street's, a firm's or an office's name, an origin, a
// destination, a bearing, a route's or a stretch's end. Each is read from the words around the name alone;
// whether another place then takes the scene is named-elsewhere.ts's to judge.

/** A capitalised "Road" right after the name: "Mosul Road", "Hama Road". */
const ROAD_AFTER = /^\s+Road\b/u;
/**
 * A firm, a college, a newspaper, a club or a body named after its town, the noun capitalised, or said to be based
 * there: "the Bangkok Bank branch", "the Quetta Electric Supply Company", "Istanbul University's dental faculty", "a
 * reporter of the Lakhpur Times", "a Lakhpur-based charity", "the Lakhpur Boxing Club", "a Lakhpur TV crew", "the
 * Lakhpur Youth, a gang". Its branches, campuses, members and staff stand anywhere. A club in lower case is its
 * premises (facility-town.ts): "the Lakhpur football club in Rampur".
 */
const FIRM_AFTER =
  /^(?:\s+(?:Bank|University|Electric|Electricity|Cement|Oil|Gas|Airlines?|Airways|Insurance|Company|Corporation|Co\.|Post|Times|Tribune|Herald|Gazette|newspaper|daily|weekly|(?:(?:Soccer|Football|Boxing|Sports?)\s+)?Club|Youth|Volunteers|Commandos?|[Cc]ooperative|Television|TV|Chamber|Directorate|Federation|Association|Syndicate)\b|\s?[-–]\s?based\b)/u;
/**
 * A firm or a college named "of" a town, or a broadcaster named for one: "a Bank of Boston branch", "the
 * University of Mosul", "a reporter for Radio Galkayo". Its staff are met anywhere. Guarded (see
 * core/text/guarded-pattern), as are the Arabic offices and the stretch's ends below: asked before every
 * town's name, they nearly never match, and most leads lack the words each needs.
 */
const FIRM_BEFORE = guardedPattern(/\b(?:(?:Bank|University)\s+of\s+(?:the\s+)?|Radio\s+)$/u);
/**
 * A mosque, a shrine, a hotel, a bus station, a school or a hospital named after a town: "the Al-Quds mosque in
 * west Baghdad", "a Shamal bus terminal at Mosul", "the Tirin Primary School in Lakhpur". Such names honour
 * towns anywhere, often abroad.
 */
const FACILITY_AFTER =
  /^\s+(?:[Mm]osque|[Ss]hrine|[Hh]otel|[Bb]us\s+(?:terminal|station)|(?:(?:[Pp]rimary|[Ss]econdary|[Hh]igh|[Gg]irls'?|[Bb]oys'?)\s+)?[Ss]chool|(?:[Gg]eneral\s+)?[Hh]ospital)\b/u;
/**
 * "Mercedes-Benz", "Mercedes- Benz", "the Kabul-Spin Boldak fork": a town's name joined by a dash to a
 * capitalised word is the first half of a brand's or a landmark's name, not the scene.
 */
const BRAND_AFTER = /^\s?-\s?\p{Lu}\p{Ll}+\b/u;
/**
 * An office or a body the town's name heads: "the Mosul police chief", "a Musayyib council member", "the Hama
 * governor", "a former Homs mayor", "Hama's deputy governor", "the Shirqat police forces", "a Hama councilor", "the
 * Lakhpur district candidate", "the Tirin Tehsildar", "the Rampur Deputy" (its member of parliament). Not its premises ("the Homs mayor's office" stands in the town) and not an
 * Israeli regional council, which is a place of its own.
 */
const OFFICE_AFTER =
  /^(?:['’]s)?\s+(?:(?:city|municipal|provincial|district)\s+)?(?:deputy\s+)?(?:police\s+(?:chief|commander|director|department|forces|official|officer)s?|council(?:l?ors?|man|men|s)?|governor|mayor|consul(?:[ -]general)?|tehsildar|superintendent|candidates?|deputy|MPs?|MLAs?)\b(?!['’]s)/i;
/**
 * An office named in Arabic before its seat: «محافظ نينوى», «قائد شرطة الفلوجة», «رئيس بلدية الخليل», «عضو مجلس
 * محافظة كركوك». Its holder, like an English "Mosul governor", is as often struck away from it.
 */
const OFFICE_BEFORE_AR = guardedPattern(
  /(?:^|\s)[وفلب]?(?:ال)?(?:(?:نائب\s+)?(?:محافظ|والي)|(?:قائد|مدير|آمر)\s+(?:ال)?شرطة(?:\s+(?:قضاء|ناحية|محافظة|مدينة))?|رئيس\s+(?:بلدية|مجلس\s+(?:محافظة|بلدية|قضاء|مدينة))|عضو\s+(?:ال)?مجلس\s+(?:محافظة|بلدية))\s+$/u,
);
/**
 * A town's name labelling the area of the settlement or village named next, behind "the": "the Gaza settlement
 * of Tal Nir", "the Hebron villages of Zif and Karma", "the hilly Udhampur district village of Tolgam". The
 * later place is where it happened, as in "the Hebron area village of Zif", "the Jenin-area settlement of Tal
 * Nir" and "the upper Mount Tirin settlement of Karma". Without "the" the name is the village's own: "in
 * Tolgam village of Udhampur".
 */
const AREA_LABEL_AFTER =
  /^(?:\s+(?:(?:district|area)\s+)?|\s?-\s?area\s+)(?:settlements?|villages?)\s+of\s+(?:the\s+)?\p{Lu}/u;
const AREA_LABEL_BEFORE = /\bthe\s+(?:\p{Ll}+\s+){0,2}(?:Mount\s+)?$/u;
/**
 * A unit of a country named after "of": "the Kelmor village of Tarkot district", "the Usmanpur village of Bihar
 * state". What the village is "of" is then the larger area it lies in, so the name before is the village's own.
 */
const OF_LARGER_UNIT =
  /^\s+(?:settlements?|villages?)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:[Dd]istrict|[Pp]rovince|[Ss]tate|[Gg]overnorate|[Tt]ehsil|[Mm]andal|[Aa]rea)\b/u;
/** A train, a bus or a flight named for where it was bound: "a Hama-bound train", "the Homs-bound bus". */
const BOUND_AFTER = /^\s?[-–]\s?bound\b/u;
/**
 * On the way to a town: "a bus heading to Homs", "pilgrims travelling to Karbala", "a train bound for Hama", and
 * what a vehicle took there: "a van carrying recruits to Hama", "a barge ferrying grain to Tirin", "pilgrims to
 * Karbala".
 */
const DESTINATION = String.raw`(?:(?:travel(?:l)?ing|heading|headed|bound|walking|driving|en\s+route|on\s+(?:the|their|his|her|its)\s+way)\s+(?:to|for|toward|towards)|(?:carrying|transporting|ferrying)(?:\s+[\w'’-]+){1,3}?\s+to|pilgrims\s+(?:to|for))`;
/** A destination right before the name. */
const DESTINATION_BEFORE = new RegExp(String.raw`\b${DESTINATION}\s+(?:the\s+)?$`, 'i');
/**
 * A town the scene is told from, as a bearing: "a checkpoint well south of Baghdad", "a village 40 km north-east of
 * Hama". Not "the north of Hama" nor "in south of Hama", a part of the town itself.
 */
const BEARING_BEFORE =
  /(?<!\b(?:the|in)\s)\b(?:north|south|east|west)(?:ern)?(?:[ -]?(?:north|south|east|west))?\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$/i;
/** People or vehicles that came from the town: "settlers from Ariel", "a train travelling from Homs". */
const FROM_TOWN = String.raw`(?:settlers?|residents?|natives?|inhabitants?|famil(?:y|ies)|couple|Israelis?|Palestinians?|m[ae]n|wom[ae]n|people|villagers|workers?|members?|leaders?|activists?|pilgrims|officials?|officers?|policem[ae]n|soldiers?|postm[ae]n|professors?|teachers?|doctors?|engineers?|journalists?|politicians?|clerics?|judges?|businessm[ae]n|merchants?|students?|farmers?|drivers?|shepherds?|tribesm[ae]n|presidents?|chairm[ae]n|heads?|chiefs?|commanders?|candidates?|legislators?|lawmakers?|deputies|senators?|employees?|guards?|recruits?|traders?|passengers?|refugees?|labou?rers?|trains?|bus(?:es)?|minibus(?:es)?|flights?|planes?|convoys?|trucks?|travel(?:l)?ing|driving|returning)(?:\s+\w+)?,?\s+from`;
/**
 * A person's full name, listed after a comma or an "and", then "of": "two engineers, Ana Ruiz of Leeds and Tom
 * Park of Derby, were seized": the town is where each comes from.
 */
const PERSON_OF_BEFORE = /(?:[,;(]\s*|\band\s+)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}\s+of\s+$/u;
/**
 * The town's officials, and the area a prefect governs from it: "the mayor of Hama", "the police chief of Hama", "the
 * district commissioner of Hama", "the towns of the sub-prefecture of Calvi", "the head of Hama's traffic police", "the
 * chief of police in Hama", "a judge in Hama". Not "the village head of Tirin", struck in his village as often as not.
 */
const OFFICE_OF = String.raw`(?:(?:mayor|governor|commissioner|police\s+chief|chief\s+of\s+police|council(?:l?or|man)?|consul|(?:sub-?)?prefect(?:ure)?|(?<!village\s)head|tehsildar)\s+of|(?:mayor|governor|police\s+chief|chief\s+of\s+police|judge)\s+in)`;
/** The town's people named by it: "a Homs resident", "two Mosul natives". */
const RESIDENT_AFTER = /^\s+(?:residents?|natives?)\b/i;
/** The town's people and officials: "a resident of Homs", "the mayor of Hama". */
const OF_TOWN = String.raw`(?:(?:residents?|natives?|inhabitants?)\s+of|(?:deputy|senator|MP|lawmaker|legislator|candidate|representative)s?\s+(?:for|of)|${OFFICE_OF})`;
/** An official's title "of" the town right before its name: "the deputy governor of Hama". */
const OFFICE_OF_BEFORE = new RegExp(
  String.raw`\b${OFFICE_OF}\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$`,
  'i',
);
/**
 * People or vehicles that came from the town, or were on their way to it, and the town's officials: "settlers from
 * Ariel", "a family from Hama", "a train travelling from Homs", "a resident of Homs", "a bus heading to Homs", "the
 * mayor of Hama".
 */
const ORIGIN_BEFORE = new RegExp(
  String.raw`\b(?:${FROM_TOWN}|${OF_TOWN}|${DESTINATION})\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?$`,
  'i',
);
/**
 * A stretch told by its two ends, or what a line links: "a mast between Lakhpur and Rampur", "a pipe linking
 * Lakhpur with the Rampur depot", "the line connecting Hama with Homs", "a main that carries water from Tirin to
 * Lakhpur". Each end is only where the stretch begins or ends.
 */
const STRETCH_END_BEFORE = guardedPattern(
  /\b(?:between|link(?:s|ing|ed)?|connect(?:s|ing|ed)?|join(?:s|ing|ed)?|(?:runs?|running|leads?|leading|carr(?:ies|ying)|relays?|pump(?:s|ing)?|ship(?:s|ping)?)(?:\s+\p{Ll}+){0,3}?\s+from)\s+(?:the\s+)?(?:(?:towns?|cities|villages?|settlements?)\s+of\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:[\p{L}'’-]+\s+){0,3}?(?:and|to|with)\s+(?:the\s+)?)?$/u,
);
/**
 * A name told as one end of a stretch or a line (`STRETCH_END_BEFORE`).
 *
 * @example endsStretch(text, match) // true for Rampur in "a mast between Lakhpur and Rampur"
 */
export const endsStretch = (text: string, match: NameMatch): boolean =>
  STRETCH_END_BEFORE.test(text.slice(Math.max(0, match.span[0] - 60), match.span[0]));

/**
 * A route between two towns: "the Baghdad-Mosul highway", "the Hama-Homs Road". The name before the dash is
 * followed by the other and the road's noun; the name after it by the noun alone, with a name and a dash
 * before it.
 */
const ROUTE_FROM =
  /^\s*[-–]\s*(?!(?:based|bound|born|held|controlled|backed|linked|run|owned)\b)[\p{L}'’]+(?:[ -]\p{Lu}[\p{L}'’]+){0,2}(?:\s+(?!(?:and|or|the|to|of|in)\b)\p{Ll}+){0,2}\s+(?:[Hh]ighway|[Rr]oad|[Pp]ipeline|[Rr]ailway|[Rr]ailroad|[Ll]ine|[Tt]rain|[Mm]otorway|[Ee]xpressway)\b/u;
const ROUTE_TO_BEFORE = /[\p{L}'’]\s*[-–]\s*$/u;
/** The route's noun after its last end, maybe behind what it carries: "gas pipeline", "passenger train". */
const ROUTE_NOUN_AFTER =
  /^(?:\s+(?!(?:and|or|the|to|of|in)\b)\p{Ll}+){0,2}\s+(?:[Hh]ighway|[Rr]oad|[Pp]ipeline|[Rr]ailway|[Rr]ailroad|[Ll]ine|[Tt]rain|[Mm]otorway|[Ee]xpressway)\b/u;

/**
 * Fire that came from the place: "mortars fired from Tal Abyad", "two rockets from the Homs Governorate", "gunmen
 * opened fire from the direction of Tirin", "shots fired from the village of Lal", "rockets from northern
 * Lakhpur", "rockets at night from Tirin". A province so named is no more the scene than a town: "shells from the Homs
 * Governorate fell on Hama". Where the fire landed is often told in the next sentence: "They fell short in Hama".
 * Guarded (core/text/guarded-pattern): every match holds "from", which most leads lack.
 */
const FIRED_FROM = guardedPattern(
  /\b(?:fired|fire|launched|shots|shooting|firing|rockets?|mortars?|shells?|missiles?)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?(?:direction\s+of\s+(?:the\s+)?)?(?:(?:\w+\s+)?(?:village|town|city|camp|area)\s+of\s+(?:the\s+)?)?(?:(?:north|south|east|west)(?:ern)?\s+)?$/i,
);

/** Those who fired told by where they stood: "rebels in eastern Lakhpur fired shells toward …". */
const IN_BEFORE = /\bin\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$/i;
const FIRED_AFTER = /^\s+(?:fired|opened\s+fire|launched)\b/;

/**
 * A place named as where fire came from, or where those who fired stood.
 *
 * @example firedFrom(text, match) // true for Tirin in "rockets fired from Tirin"
 */
export function firedFrom(text: string, match: NameMatch): boolean {
  const before = text.slice(Math.max(0, match.span[0] - 70), match.span[0]);
  return (
    FIRED_FROM.test(before) ||
    // The verb after the name first: anchored at its start, it fails at once where "in …" is tried at each place.
    (FIRED_AFTER.test(text.slice(match.span[1], match.span[1] + 16)) && IN_BEFORE.test(before.slice(-24)))
  );
}

/**
 * A town's name heading a street's, a firm's or an office's name, or told as a bearing ("south of Baghdad"), or
 * a place (a town or a province) naming where people or fire came from. A route's ends are `endsRoute`'s.
 *
 * @example namesElsewhere(text, match) // true for Mosul in "a shop on Mosul Road"
 */
export function namesElsewhere(text: string, match: NameMatch): boolean {
  if (!match.senses.some((s) => TOWN_KINDS.has(s.entity.kind))) return firedFrom(text, match);
  const after = text.slice(match.span[1], match.span[1] + 48);
  const from = Math.max(0, match.span[0] - 30);
  const before = text.slice(from, match.span[0]);
  // The word the lead ends with, which the origins and the bearings need one of.
  const last = lastWord(text, from, match.span[0]);
  return (
    ROAD_AFTER.test(after) ||
    labelsArea(text, match) ||
    BRAND_AFTER.test(after) ||
    BOUND_AFTER.test(after) ||
    OFFICE_AFTER.test(after) ||
    OFFICE_BEFORE_AR.test(before) ||
    (mayEndOrigin(text, from, last) && ORIGIN_BEFORE.test(before)) ||
    RESIDENT_AFTER.test(after) ||
    ((last.word === 'of' || last.word === 'the') && BEARING_BEFORE.test(before)) ||
    firedFrom(text, match) ||
    (travelledFrom(text, match) && !hijackTold(text, match)) ||
    endsStretch(text, match) ||
    journeyEnd(text, match)
  );
}

/** A word read back from a lead: its ASCII letters lower-cased ('' when none), and where they start. */
interface LeadWord {
  word: string;
  start: number;
}

/**
 * The word that ends `text[from, to)` before white space ("from" in "settlers from "), read back no further
 * than `from`: a word of ASCII letters, lower-cased, as the lead's case-blind patterns read theirs; '' when no
 * white space ends the stretch.
 */
function lastWord(text: string, from: number, to: number): LeadWord {
  let end = to;
  while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === to) return { word: '', start: to };
  let start = end;
  while (start > from && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return { word: text.slice(start, end).toLowerCase(), start };
}

/**
 * Whether a lead ending with `last` may end as `ORIGIN_BEFORE` needs: each of its phrases ends with one of
 * `ORIGIN_ENDS` after white space, or with "in" right after an official's title ("the mayor in"). Most names
 * follow other words ("near", "at", "in" after a verb), and are spared the pattern, tried at every place of
 * the lead.
 */
function mayEndOrigin(text: string, from: number, last: LeadWord): boolean {
  if (last.word !== 'in') return ORIGIN_ENDS.has(last.word);
  return OFFICES_IN.has(lastWord(text, from, last.start).word);
}

/** The words `ORIGIN_BEFORE`'s phrases end with, "in" aside, and "the" and "of" of its optional tail. */
const ORIGIN_ENDS: ReadonlySet<string> = new Set(['from', 'of', 'for', 'to', 'toward', 'towards', 'the']);
/** The last words of the titles `OFFICE_OF` puts before "in": "mayor", "police chief", "chief of police". */
const OFFICES_IN: ReadonlySet<string> = new Set(['mayor', 'governor', 'chief', 'police', 'judge']);

/**
 * A town named as the seat of an official's office: "the Hama governor", "Hama's deputy governor", "the police chief
 * of Hama", «قائد شرطة حماة». It tells who was struck, not where.
 *
 * @example namesOffice(text, match) // true for Hama in "the Hama governor"
 */
export function namesOffice(text: string, match: NameMatch): boolean {
  const before = text.slice(Math.max(0, match.span[0] - 40), match.span[0]);
  return (
    OFFICE_AFTER.test(text.slice(match.span[1], match.span[1] + 48)) ||
    OFFICE_BEFORE_AR.test(before) ||
    OFFICE_OF_BEFORE.test(before)
  );
}

/** A place named as where travellers or a load were heading: "a bus heading to Homs", "from Homs to Hama". *
 * @example headedFor(text, match) // true for Homs in "a bus heading to Homs"
 */
export const headedFor = (text: string, match: NameMatch): boolean =>
  DESTINATION_BEFORE.test(text.slice(Math.max(0, match.span[0] - 30), match.span[0])) ||
  journeyEnd(text, match);

/** A town named as where a vehicle was bound: "a Hama-bound train". *
 * @example boundFor(text, match) // true for Hama in "a Hama-bound train"
 */
export const boundFor = (text: string, match: NameMatch): boolean =>
  BOUND_AFTER.test(text.slice(match.span[1], match.span[1] + 8));

/** A town's name labelling the area of the settlement or village named next ("the Gaza settlement of Tal Nir"). *
 * @example labelsArea(text, match) // true for Gaza in "the Gaza settlement of Tal Nir"
 */
export function labelsArea(text: string, match: NameMatch): boolean {
  const after = text.slice(match.span[1], match.span[1] + 64);
  return (
    AREA_LABEL_AFTER.test(after) &&
    !OF_LARGER_UNIT.test(after) &&
    AREA_LABEL_BEFORE.test(text.slice(Math.max(0, match.span[0] - 30), match.span[0]))
  );
}

/** A listed person's home town: "two engineers, Ted Lowry of Leeds and Ben Hart of Derby". *
 * @example namesHomeOf(text, match) // true for Derby in "two men, Ted Lowry of Leeds and Ben Hart of Derby"
 */
export const namesHomeOf = (text: string, match: NameMatch): boolean =>
  PERSON_OF_BEFORE.test(text.slice(Math.max(0, match.span[0] - 40), match.span[0]));

/**
 * A town's or a province's name that names a firm or a college: "the Mosul Bank branch", "Punjab University",
 * "a Bank of Boston office".
 *
 * @example namesFirm(text, match) // true for Mosul in "the Mosul Bank branch"
 */
export function namesFirm(text: string, match: NameMatch): boolean {
  return (
    FIRM_AFTER.test(text.slice(match.span[1], match.span[1] + 48)) ||
    FIRM_BEFORE.test(text.slice(Math.max(0, match.span[0] - 24), match.span[0]))
  );
}

/**
 * A town's name that names a facility: "the Al-Quds mosque", "the Tirin General Hospital". Unlike a firm's, such a
 * name stands most often in its own town, so only its own sentence may put the scene elsewhere.
 *
 * @example namesFacility(text, match) // true for Tirin in "the Tirin General Hospital"
 */
export const namesFacility = (text: string, match: NameMatch): boolean =>
  FACILITY_AFTER.test(text.slice(match.span[1], match.span[1] + 48));

/**
 * An end of a route named by its ends: "the Baghdad-Mosul highway", "the Baku-Ceyhan pipeline",
 * "a Karachi-Lahore passenger train". A town's name or a province's: either is only where the route begins
 * or ends.
 *
 * @example endsRoute(text, match) // true for Mosul in "the Baghdad-Mosul highway"
 */
export function endsRoute(text: string, match: NameMatch): boolean {
  const after = text.slice(match.span[1], match.span[1] + 64);
  if (ROUTE_FROM.test(after)) return true;
  // The noun after first: it is tried once, at the name's end; the dash before, from every position of its slice.
  return (
    ROUTE_NOUN_AFTER.test(after) &&
    ROUTE_TO_BEFORE.test(text.slice(Math.max(0, match.span[0] - 30), match.span[0]))
  );
}

/**
 * A town the scene is told from as a bearing: "a village 40 km north-east of Hama".
 *
 * @example toldAsBearing(text, match) // true for Hama in "a checkpoint south of Hama"
 */
export const toldAsBearing = (text: string, match: NameMatch): boolean =>
  BEARING_BEFORE.test(text.slice(Math.max(0, match.span[0] - 30), match.span[0]));

import type { KnowledgeBase } from './kb-types.js';
import { isNamesakeTown, namesFeature } from './feature-names.js';
import { PLACE_KINDS, TOWN_KINDS } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';
import { pushKeptSenses } from './name-match-builder.js';
import { parentsOf } from './entity-parents.js';
import { sameTheatre } from '../../core/shared-theatres.js';
import { namesBank } from '../../core/place-stance.js';
import { guardedPattern } from '../../core/text/guarded-pattern.js';
import { hijackTold, journeyEnd, travelledFrom } from './journey-ends.js';
import { townApartAfterIn } from './town-apart.js';

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
/**
 * "the village of", "the Gaza settlement of" right before a name: what puts it on the map as a place. Not
 * "Tolgam village of Udhampur", which only says where Tolgam lies.
 */
const SETTLEMENT_OF_BEFORE =
  /\bthe\s+(?:[\p{L}'’-]+\s+){0,3}?(?:settlements?|villages?)\s+of\s+(?:the\s+)?$/u;
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
const endsStretch = (text: string, match: NameMatch): boolean =>
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
 * What puts the later name on the map: "in western Baghdad", "near Mahmudiyah", "two km from Baghdad", "through
 * Zabul Province", "as the convoy entered Homs", "in the area of Mahmudiyah" — not a bare "from", which names where someone came from ("on his
 * way back from Homs").
 */
const LOCATIVE_BEFORE =
  /\b(?:in|near|at|outside|into|through|toward|towards|entere?(?:d|ing)|(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)\s+from)\s+(?:the\s+)?(?:(?:city|town|village|area)\s+of\s+)?(?:(?:north|south|east|west|central|\w+ern)\s+)?$/i;
/**
 * The Arabic locatives: «في الموصل», «قرب مدينة الموصل», «ببغداد» (the "ب" written onto the name), which put a
 * place on the map as "in" does: «نجا محافظ نينوى من هجوم في الموصل».
 */
const LOCATIVE_BEFORE_AR =
  /(?:^|\s)(?:(?:في|قرب|بالقرب من|داخل|وسط)\s+(?:(?:مدينة|بلدة|قرية|منطقة|ناحية|قضاء)\s+)?|[وف]?ب)$/u;
/**
 * "in the Tolgard area of Zenkar District, Ghazni Province", "in Zenkar District, Ghazni Province": a locative's
 * place the base does not know (a name, capitalised), then the district or province that holds it — which the
 * locative puts on the map as surely as it would name it. Not "in the hilly district of Kupwara", the
 * later name's own noun.
 */
const AREA_CHAIN_BEFORE =
  /\b(?:in|near|at|outside|through)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}?(?:area|village|district|District|sub-district)(?:\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,3}?(?:district|District|area))?\s*(?:,|\bof|\bin)\s+(?:the\s+)?$/u;
/**
 * "the Kabul-Kandahar Highway, Ghazni Province", "the Kabul-Kandahar highway of Zabul Province": the province a
 * route's stretch runs through, told after it.
 */
const ROUTE_IN_AREA_BEFORE =
  /(?:[Hh]ighway|[Rr]oad|[Pp]ipeline|[Rr]ailway|[Rr]ailroad|[Mm]otorway|[Ee]xpressway)(?:\s*,\s*|\s+of\s+)(?:the\s+)?$/u;
/** "Ariel (near Nablus)", "Musayyib, in Babil": the later name only says where the town lies. */
const WHERE_IT_LIES =
  /^\s*(?:(?:village|town|area|camp|settlement|district)\s*)?(?:,|\(|\bin\b|\bnear\b)\s*(?:(?:an?|the)\s+(?:\w+\s+)?(?:village|town|city|suburb|settlement|district|area)\s+(?:in|near|of|outside)\s+)?(?:near\s+)?(?:the\s+)?(?:(?:north|south|east|west|central|\w+ern)\s+)?$/i;

/**
 * Drops the town senses of a name that heads a street's ("Mosul Road"), a route's ("the Baghdad-Mosul highway"),
 * a firm's ("the Mosul Bank branch") or an office's name ("the Mosul police chief"), or says where people or fire
 * came from ("settlers from Ariel", "a resident of Homs", "mortars fired from Tal Abyad") or travellers were
 * bound, or ends a stretch ("a power line between Homs and Hama"), when the report goes on to put the incident in another place: "a shop on Mosul Road in Baghdad", "a bus
 * on the Baghdad-Mosul highway near Mahmudiyah", "a family from Hama was attacked near Homs". None is where it
 * happened. With no other place put on the map after it ("two cars burned on Hama Road"), or only the province or
 * country around the town or the places it lies in ("a man from Musayyib, Babil in Iraq"), the name is the best
 * clue to the town and stays. Judged on the original text: case tells the street from "the Mosul road", the road
 * that leads to the place and often stands at it.
 *
 * @example withoutNamesElsewhere(kb, text, matches) // no town Mosul in "a shop on Mosul Road in Baghdad"
 */
export function withoutNamesElsewhere(
  kb: KnowledgeBase,
  text: string,
  matches: readonly NameMatch[],
): NameMatch[] {
  const out: NameMatch[] = [];
  // Asked once per text, when a town or province first needs it (see `SCENE_TOLD_SOMEWHERE`).
  let sceneTold: boolean | undefined;
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i];
    // Most matches are no town or province at all: the cheap test first.
    if (!match.senses.some((s) => AREA_KINDS.has(s.entity.kind))) {
      out.push(match);
      continue;
    }
    if (namesFeature(text, match)) {
      pushKeptSenses(out, match, (s) => !isNamesakeTown(s));
      continue;
    }
    if ((sceneTold ??= sceneToldSomewhere(text)) && sceneToldAfter(kb, text, matches, i)) {
      pushKeptSenses(out, match, (s) => !TOWN_KINDS.has(s.entity.kind));
      continue;
    }
    const route = endsRoute(text, match);
    // A firm's or a facility's branches, like a route's ends, stand abroad as well: "a Bank of Boston branch in
    // Santiago", "the Al-Quds mosque in west Baghdad".
    // People, too, are met away from home: "Ted Lowry of Leeds".
    const firm = namesFirm(text, match);
    const crossesBorders = route || firm || namesFacility(text, match) || namesHomeOf(text, match);
    if (
      !(crossesBorders || namesElsewhere(text, match)) ||
      !(
        otherPlaceFollows(kb, text, matches, i, {
          crossesBorders,
          bound: boundFor(text, match),
          firm,
          nextSentence: namesOffice(text, match) || endsStretch(text, match) || firedFrom(text, match),
        }) ||
        (namesBank(match, text) && placeToldBefore(kb, text, matches, i)) ||
        sceneBesideDestination(kb, text, matches, i)
      )
    ) {
      out.push(match);
      continue;
    }
    // A street, an office or an origin is named after a town (its kinds), which the incident need not be in. A
    // destination, though, is where the travellers had not yet come: its province is not the scene either ("a
    // lorry bound for Kabul" is no more in Kabul province than in the town).
    const dropped =
      crossesBorders || firedFrom(text, match) || headedFor(text, match) ? AREA_KINDS : TOWN_KINDS;
    pushKeptSenses(out, match, (s) => !dropped.has(s.entity.kind));
  }
  return out;
}

/** "The attack took place", "the explosion occurred": the report telling in so many words that the incident happened. */
const SCENE_TOLD = String.raw`(?:attack|incident|explosion|blast|bombing|kidnapping|abduction|shooting|ambush|assault|killing|murder)s?\s+(?:occurred|took\s+place|happened|was\s+carried\s+out)`;
/** "The attack took place in Hama", "the explosion occurred near Homs": told so right before the name. */
const SCENE_TOLD_BEFORE = new RegExp(
  String.raw`\b${SCENE_TOLD}\s+(?:[\p{L}-]+\s+){0,3}?(?:in|at|near|outside|on)\s+(?:the\s+)?(?:(?:town|city|village|area|district|province)\s+of\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?$`,
  'iu',
);
/**
 * `SCENE_TOLD` anywhere in the text, looked for once per text: few reports tell the scene so, and
 * `SCENE_TOLD_BEFORE`, tried at each place of a 90-character lead for every pair of a town and a later name,
 * was some 4% of the knowledge stage. No `\b` in front: a lead cut inside a word ("xattack") gives the
 * pattern a word boundary the whole text lacks.
 */
const SCENE_TOLD_SOMEWHERE = new RegExp(String.raw`${SCENE_TOLD}\s`, 'iu');
/**
 * A word of each verb of `SCENE_TOLD` without a "k" or an "s" (which the Unicode flag also matches as the Kelvin
 * sign and the long s): looked for first without that flag, it rules out most texts in a third of the time.
 */
const SCENE_VERB_WORD = /occurred|place|happened|carried/i;
const sceneToldSomewhere = (text: string): boolean =>
  SCENE_VERB_WORD.test(text) && SCENE_TOLD_SOMEWHERE.test(text);

/**
 * "the Karama neighbourhood", "the Tirin district of the city": a quarter, most likely of the town named before,
 * whatever namesake the base reads it as.
 */
const QUARTER_AFTER =
  /^(?:\s+(?:neighbou?rhood|quarter|district)\b|[^.]{0,40}?\bof\s+the\s+(?:city|town)\b)/i;

/**
 * Whether, after the town of the `at`-th match, its sentence or the next tells in so many words that the incident
 * happened in another place of its theatre: "Gunmen seized the deputy mayor of Hama. The attack took place in Homs",
 * "a colonel at the Hama police headquarters was shot. The incident occurred in Homs". Whatever the town was named
 * for — an office, a destination, a firm — it is not the scene. A place the town lies in, or one in it, is no other.
 */
function sceneToldAfter(kb: KnowledgeBase, text: string, matches: readonly NameMatch[], at: number): boolean {
  const match = matches[at];
  if (!match.senses.some((s) => TOWN_KINDS.has(s.entity.kind))) return false;
  let around: Set<string> | undefined;
  for (let i = at + 1; i < matches.length && matches[i].sentence <= match.sentence + 1; i++) {
    const later = matches[i];
    if (!SCENE_TOLD_BEFORE.test(text.slice(Math.max(match.span[1], later.span[0] - 90), later.span[0])))
      continue;
    if (QUARTER_AFTER.test(text.slice(later.span[1], later.span[1] + 60))) continue;
    around ??= aroundOf(kb, match);
    if (anotherPlace(match, later, around, false) && !insideOf(kb, later, match)) return true;
  }
  return false;
}

/** Whether a sense of `later` lies in a town `match` may name (a quarter of it, say). */
const insideOf = (kb: KnowledgeBase, later: NameMatch, match: NameMatch): boolean =>
  later.senses.some((s) =>
    parentsOf(kb, s.entity.id).some((id) => match.senses.some((t) => t.entity.id === id)),
  );

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
/** What fire's origin drops: the town kinds and a province. */
const AREA_KINDS: ReadonlySet<string> = new Set([...TOWN_KINDS, 'region']);

/** Those who fired told by where they stood: "rebels in eastern Lakhpur fired shells toward …". */
const IN_BEFORE = /\bin\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$/i;
const FIRED_AFTER = /^\s+(?:fired|opened\s+fire|launched)\b/;

function firedFrom(text: string, match: NameMatch): boolean {
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
 */
function namesElsewhere(text: string, match: NameMatch): boolean {
  if (!match.senses.some((s) => TOWN_KINDS.has(s.entity.kind))) return firedFrom(text, match);
  const after = text.slice(match.span[1], match.span[1] + 48);
  const before = text.slice(Math.max(0, match.span[0] - 30), match.span[0]);
  return (
    ROAD_AFTER.test(after) ||
    labelsArea(text, match) ||
    BRAND_AFTER.test(after) ||
    BOUND_AFTER.test(after) ||
    OFFICE_AFTER.test(after) ||
    OFFICE_BEFORE_AR.test(before) ||
    ORIGIN_BEFORE.test(before) ||
    RESIDENT_AFTER.test(after) ||
    BEARING_BEFORE.test(before) ||
    firedFrom(text, match) ||
    (travelledFrom(text, match) && !hijackTold(text, match)) ||
    endsStretch(text, match) ||
    journeyEnd(text, match)
  );
}

/**
 * A town named as the seat of an official's office: "the Hama governor", "Hama's deputy governor", "the police chief
 * of Hama", «قائد شرطة حماة». It tells who was struck, not where.
 */
function namesOffice(text: string, match: NameMatch): boolean {
  const before = text.slice(Math.max(0, match.span[0] - 40), match.span[0]);
  return (
    OFFICE_AFTER.test(text.slice(match.span[1], match.span[1] + 48)) ||
    OFFICE_BEFORE_AR.test(before) ||
    OFFICE_OF_BEFORE.test(before)
  );
}

/** A place named as where travellers or a load were heading: "a bus heading to Homs", "from Homs to Hama". */
const headedFor = (text: string, match: NameMatch): boolean =>
  DESTINATION_BEFORE.test(text.slice(Math.max(0, match.span[0] - 30), match.span[0])) ||
  journeyEnd(text, match);

/** A town named as where a vehicle was bound: "a Hama-bound train". */
const boundFor = (text: string, match: NameMatch): boolean =>
  BOUND_AFTER.test(text.slice(match.span[1], match.span[1] + 8));

/** A town's name labelling the area of the settlement or village named next ("the Gaza settlement of Tal Nir"). */
function labelsArea(text: string, match: NameMatch): boolean {
  const after = text.slice(match.span[1], match.span[1] + 64);
  return (
    AREA_LABEL_AFTER.test(after) &&
    !OF_LARGER_UNIT.test(after) &&
    AREA_LABEL_BEFORE.test(text.slice(Math.max(0, match.span[0] - 30), match.span[0]))
  );
}

/** A listed person's home town: "two engineers, Ted Lowry of Leeds and Ben Hart of Derby". */
const namesHomeOf = (text: string, match: NameMatch): boolean =>
  PERSON_OF_BEFORE.test(text.slice(Math.max(0, match.span[0] - 40), match.span[0]));

/**
 * A town's or a province's name that names a firm or a college: "the Mosul Bank branch", "Punjab University",
 * "a Bank of Boston office".
 */
function namesFirm(text: string, match: NameMatch): boolean {
  return (
    FIRM_AFTER.test(text.slice(match.span[1], match.span[1] + 48)) ||
    FIRM_BEFORE.test(text.slice(Math.max(0, match.span[0] - 24), match.span[0]))
  );
}

/**
 * A town's name that names a facility: "the Al-Quds mosque", "the Tirin General Hospital". Unlike a firm's, such a
 * name stands most often in its own town, so only its own sentence may put the scene elsewhere.
 */
const namesFacility = (text: string, match: NameMatch): boolean =>
  FACILITY_AFTER.test(text.slice(match.span[1], match.span[1] + 48));

/**
 * An end of a route named by its ends: "the Baghdad-Mosul highway", "the Baku-Tbilisi-Ceyhan oil pipeline",
 * "a Karachi-Lahore passenger train". A town's name or a province's: either is only where the route begins
 * or ends.
 */
function endsRoute(text: string, match: NameMatch): boolean {
  const after = text.slice(match.span[1], match.span[1] + 64);
  if (ROUTE_FROM.test(after)) return true;
  // The noun after first: it is tried once, at the name's end; the dash before, from every position of its slice.
  return (
    ROUTE_NOUN_AFTER.test(after) &&
    ROUTE_TO_BEFORE.test(text.slice(Math.max(0, match.span[0] - 30), match.span[0]))
  );
}

/**
 * True when a later match of the same sentence, after a locative, may be a place other than the town and
 * the provinces around it (matches come in text order). A route's end or a firm's namesake may be across a
 * border from it (`crossesBorders`: "the Baku-Novorossiysk pipeline near Makhachkala", "the Santander Bank
 * branch in Santiago"); any other name is weighed only in its own theatre. A firm's town (`firm`) gives way to
 * a place a later sentence puts on the map as well: "the head of a Lisbon weekly's bureau was shot. He sat on
 * the election board in Porto" — the paper is read far from its home, and the text seldom says where it was
 * hit in the same breath.
 */
function otherPlaceFollows(
  kb: KnowledgeBase,
  text: string,
  matches: readonly NameMatch[],
  at: number,
  {
    crossesBorders,
    bound,
    firm,
    nextSentence,
  }: { crossesBorders: boolean; bound: boolean; firm: boolean; nextSentence: boolean },
): boolean {
  const around = aroundOf(kb, matches[at]);
  // Where the last name that only says where the town lies ends: "from Musayyib, Babil in Iraq".
  let lies = matches[at].span[1];
  const across = firm || travelledFrom(text, matches[at]);
  // An official's town, or a stretch's end, gives way to a place the next sentence puts on the map too: "a bomb
  // missed the Lakhpur governor's convoy. It went off in Rampur", "a pipeline from Lakhpur to Rampur was blown up.
  // The charge went off near Tirin" — the report names the victim or the line first and the scene after.
  const last = matches[at].sentence + (nextSentence ? 1 : 0);
  for (let i = at + 1; i < matches.length && (across || matches[i].sentence <= last); i++) {
    const later = matches[i];
    const apart = i === at + 1 && townApartAfterIn(text, matches[at], later, around);
    if (!apart && WHERE_IT_LIES.test(text.slice(lies, later.span[0]))) {
      lies = later.span[1];
      continue;
    }
    // The locative stands after the last name, not inside it: "at Her'at University" names no place after Her'at.
    // The settlement a town's name labels is put on the map by the label: "the Gaza settlement of Tal Nir".
    const labelled = i === at + 1 && labelsArea(text, matches[at]);
    if (!labelled && !putOnMap(text, lies, later.span[0], crossesBorders, matches)) continue;
    // Where a vehicle was bound may be what tells the country: it stays when the scene's name is one two
    // countries share (a Lakhpur-bound lorry burned in a Tripoli keeps Lakhpur, which tells which Tripoli).
    if (
      (anotherPlace(matches[at], later, around, crossesBorders) ||
        seatToldApart(text, matches[at], later, around)) &&
      (!bound || onlyInTheatreOf(matches[at], later))
    )
      return true;
  }
  return false;
}

/**
 * True when an earlier match puts another place on the map ("protesters in Lima smashed the windows of a Bank of
 * Boston branch"): a bank's town gives way to it as to a place told after, its branches standing anywhere. Not a
 * college's or a paper's, which mostly stand at home ("a blast at the University of Lakhpur's campus").
 */
function placeToldBefore(
  kb: KnowledgeBase,
  text: string,
  matches: readonly NameMatch[],
  at: number,
): boolean {
  const around = aroundOf(kb, matches[at]);
  return matches
    .slice(0, at)
    .some(
      (earlier) =>
        earlier.senses.some((s) => WIDE_OR_TOWN.has(s.entity.kind)) &&
        LOCATIVE_BEFORE.test(text.slice(Math.max(0, earlier.span[0] - 40), earlier.span[0])) &&
        !NAME_OF_AFTER.test(text.slice(earlier.span[1], earlier.span[1] + 40)) &&
        anotherPlace(matches[at], earlier, around, true),
    );
}

/** "at the University of Mosul": a word that heads a longer name "of" a place is no place of its own. */
const NAME_OF_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}/u;

/** Towns, provinces and countries: what a locative puts on the map, unlike a quarter or a site ("at the University"). */
const WIDE_OR_TOWN: ReadonlySet<string> = new Set(['city', 'region', 'country']);

/** The senses of `match` and the places they lie in: "Musayyib, Babil" names Babil only as Musayyib's. */
function aroundOf(kb: KnowledgeBase, match: NameMatch): Set<string> {
  const around = new Set<string>();
  for (const s of match.senses) {
    around.add(s.entity.id);
    for (const id of parentsOf(kb, s.entity.id)) around.add(id);
  }
  return around;
}

/**
 * Whether `other` is a place apart from `match` and the places around it (`around`). A place in another
 * country is more likely a namesake misread than the scene of the incident, unless `crossesBorders`.
 */
function anotherPlace(
  match: NameMatch,
  other: NameMatch,
  around: ReadonlySet<string>,
  crossesBorders: boolean,
): boolean {
  const places = other.senses.filter(
    (s) =>
      PLACE_KINDS.has(s.entity.kind) &&
      s.via !== 'demonym' &&
      (crossesBorders ||
        match.senses.some((t) => sameTheatre(t.entity.country ?? '', s.entity.country ?? ''))),
  );
  return places.length > 0 && places.every((s) => !around.has(s.entity.id));
}

/**
 * Whether `other`, told some words after `match`, names the seat town of the province that holds it: "the Tirin
 * police chief, a colonel, was shot at his house in Lakhpur" names the town of Lakhpur, not only the province of
 * that name. Right after it ("the Tirin bus station in Lakhpur") the name only says which province holds it.
 */
function seatToldApart(
  text: string,
  match: NameMatch,
  other: NameMatch,
  around: ReadonlySet<string>,
): boolean {
  if (wordCount(text.slice(match.span[1], other.span[0])) < SEAT_APART_WORDS) return false;
  return other.senses.some(
    (s) =>
      s.entity.kind === 'city' &&
      !around.has(s.entity.id) &&
      s.entity.parent !== null &&
      around.has(s.entity.parent),
  );
}

/** How many words must stand between an official's town and a seat named after it to read the seat as a town. */
const SEAT_APART_WORDS = 4;
const wordCount = (gap: string): number => gap.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * Where travellers were heading is not where they were struck when the article puts the scene on the map
 * anywhere else, before the name or in a later sentence: "pilgrims travelling to Karbala were shot. It
 * happened in Baghdad", "a lorry stopped near Hama while bound for Aleppo". Nor is a bearing's town when its
 * sentence puts the scene in a place of its own country: "a shell fell in Musayyib, 60 km south of Baghdad".
 * A province counts as a scene as a town does.
 */
function sceneBesideDestination(
  kb: KnowledgeBase,
  text: string,
  matches: readonly NameMatch[],
  at: number,
): boolean {
  const match = matches[at];
  const before = text.slice(Math.max(0, match.span[0] - 30), match.span[0]);
  // A bearing's town is weighed against its own sentence only: "a village south of Hama" may be told
  // elsewhere in an article that goes on to other incidents.
  const bearing = BEARING_BEFORE.test(before);
  if (!bearing && !DESTINATION_BEFORE.test(before) && !journeyEnd(text, match)) return false;
  const around = aroundOf(kb, match);
  // The names right after it that only say where it lies: "on their way to Wadi Sarim, near Ostmark". Not after a
  // bearing, whose town is only the point the scene is told from: "south of Lakhpur near Tirin" puts the scene
  // at Tirin.
  let lies = at;
  while (
    !bearing &&
    lies + 1 < matches.length &&
    matches[lies + 1].sentence === match.sentence &&
    WHERE_IT_LIES.test(text.slice(matches[lies].span[1], matches[lies + 1].span[0]))
  )
    lies++;
  return matches.some(
    (other, i) =>
      (i < at || i > lies) &&
      (!bearing || (other.sentence === match.sentence && onlyInTheatreOf(match, other))) &&
      LOCATIVE_BEFORE.test(text.slice(Math.max(0, other.span[0] - 40), other.span[0])) &&
      anotherPlace(match, other, around, false),
  );
}

/**
 * Whether every place `other` may name lies in a theatre of `match`: "Hyderabad, some way north-east of Karachi" —
 * Karachi is what tells Pakistan's Hyderabad from India's, and must stay to tell it.
 */
function onlyInTheatreOf(match: NameMatch, other: NameMatch): boolean {
  return other.senses.every(
    (s) =>
      !PLACE_KINDS.has(s.entity.kind) ||
      match.senses.some((t) => sameTheatre(t.entity.country ?? '', s.entity.country ?? '')),
  );
}

/**
 * Whether what stands between the last name (ending at `from`) and a later one (starting at `to`) puts the
 * later on the map: a locative right before it ("near Mahmudiyah"), "the village of" ("settlers from Ariel
 * raided the village of Tolgam"), or after a place the base does not know
 * ("in the Tolgard area of Zenkar District, Ghazni Province" — no known name inside the run, else that name
 * is the place the locative puts on the map); for a route, also the province told right after its noun ("the
 * Kabul-Kandahar Highway, Ghazni Province").
 */
function putOnMap(
  text: string,
  from: number,
  to: number,
  route: boolean,
  matches: readonly NameMatch[],
): boolean {
  const before = text.slice(Math.max(from, to - 90), to);
  if (
    LOCATIVE_BEFORE.test(before.slice(-40)) ||
    LOCATIVE_BEFORE_AR.test(before.slice(-30)) ||
    SETTLEMENT_OF_BEFORE.test(before.slice(-60))
  )
    return true;
  if (route && ROUTE_IN_AREA_BEFORE.test(before.slice(-30))) return true;
  const chain = AREA_CHAIN_BEFORE.exec(before);
  if (chain === null) return false;
  const start = to - before.length + chain.index;
  return !matches.some((m) => m.span[0] >= start && m.span[0] < to);
}

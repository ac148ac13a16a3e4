import { guardedPattern } from '../../core/text/guarded-pattern.js';
import { namesMission } from '../../core/mission-country.js';
import { namesDestination, namesPartyBrokerOrVenue, namesShootersGround } from '../../core/place-stance.js';
import type { Mention } from '../../core/records.js';
import { namesOfficeSeat } from './office-seats.js';
import { namesHome, namesPerson, namesPersonsTown } from './person-places.js';

// Words around a place's name that say the name is not where the incident happened: the place names a firm,
// a building, an office or a route (where people came from or went: core/place-stance; whose name or home it
// is: person-places). place-finder weighs or drops such places.

/**
 * "Rampur Textile Mills", "mecca masjid", "the sabarmati express", "the gujarat government", "the Ostmark
 * Regional Authority", "Independence Day", "Lakhpur Radio", "the Rampur soccer club", "the Rurania Relief
 * Council": a place's name in a firm's, a mosque's, a train's, a government's, a holiday's, a club's or a
 * charity's, not where it stands; "US-led", "London-based": in a word that tells who leads or backs a side;
 * "Lakhpur-2 Television", "Tirin-3 rockets": a channel's or a weapon's model, numbered after the town (not
 * "Tirin-9", a ward of the town). A university or a college is not among them: "the Lakhpur University" stands
 * in Lakhpur (and "… in Rampur" moves it: housedIn).
 */
const FIRM_AFTER =
  /^(?:\s+(?:industries|company|corporation|mills|ltd|limited|bank|airlines|airways|society|masjid|mosque|express|government|administration|day|radio|television|tv|relief|(?:soccer|football)\s+(?:club|team)|fc|(?:governorate|provincial) (?:building|headquarters|offices?|council)|regional (?:authority|government|assembly|administration))|-(?:led|backed|based|funded|supported|sponsored|trained|brokered|allied|aligned)|-\d+\s+(?:television|tv|channel|rockets?|missiles?))\b/i;
/**
 * "the Lakhpur Multi Purpose Society", "the Rampur Cooperative Bank", "the Tirin Teachers Pension Fund":
 * capitalised words between the name and the head noun of a firm, a club, a charity or a fund, written as one
 * proper name.
 */
const FIRM_RUN_AFTER =
  /^(?:\s+\p{Lu}[\p{L}'’-]*){1,3}\s+(?:Society|Company|Corporation|Bank|Club|Foundation|Fund|Association|Industries|Mills|Airlines|Airways|Radio|Television|Ltd|Limited)\b/u;
/**
 * "the Bank of Lakhpur", "Radio Adrow", "the Popular Front of Adrow", "the Democratic Union of Rampur", "the Union for
 * the Independence of Ostmark": a firm's, station's or party's name, or the cause a group is named for.
 */
const FIRM_OF_BEFORE =
  /\b(?:(?:Bank|Party|Front|Movement|Union|League|Alliance|Federation|Congress|Liberation|Independence|Freedom|Salvation)\s+of(?:\s+the)?|Radio)\s+$/;

/**
 * A place whose name is a firm's, a mosque's, a holiday's or a train's, or qualifies a side, never the
 * incident's place.
 *
 * @example namesFirm(meccaMention, 'stones thrown at mecca masjid') // true
 */
export function namesFirm(m: Mention, text: string): boolean {
  const after = text.slice(m.span[1], m.span[1] + 60);
  return (
    FIRM_AFTER.test(after) ||
    FIRM_RUN_AFTER.test(after) ||
    FIRM_OF_BEFORE.test(text.slice(Math.max(0, m.span[0] - 24), m.span[0]))
  );
}

/**
 * «اتفاقات سلام لاكبور», «اتفاقية رامبور», "the Lakhpur accords", "the Rampur peace agreement": a town that
 * names a pact (where it was once signed), not where the sentence's incident happened — and so not whose
 * army a bare «الجيش» beside it is.
 */
const ACCORD_BEFORE =
  /(?:^|\s)[وب]?(?:ال)?(?:اتفاق|اتفاقات|اتفاقية|اتفاقيات|معاهدة|تفاهمات)(?:\s+(?:سلام|السلام|هدنة|الهدنة))?\s+$/;
const ACCORD_AFTER = /^\s+(?:peace\s+|ceasefire\s+)?(?:agreements?|accords?|protocols?|treaty)\b/i;

/**
 * A place's name that here names a pact signed there.
 *
 * @example namesAccord(osloMention, 'في إطار اتفاقات سلام أوسلو') // true
 */
export function namesAccord(m: Mention, text: string): boolean {
  return (
    ACCORD_BEFORE.test(text.slice(Math.max(0, m.span[0] - 24), m.span[0])) ||
    ACCORD_AFTER.test(text.slice(m.span[1], m.span[1] + 32))
  );
}

/**
 * "Ostmark University", "the University of Ostmark, Lakhpur campus", "the Ostmark Middle School", "the Ostmark
 * Bridge area of Rampur": a province's name on a school or a bridge (after a river of that name), which stands
 * in one of its towns, not everywhere in the province — the text names that town elsewhere, or not at all.
 */
const REGION_BUILDING_AFTER =
  /^\s+(?:(?:Middle|High|Primary|Secondary|Technical|Medical|State)\s+)?(?:University|College|School|Institute|Bridge)\b/;
const REGION_BUILDING_OF_BEFORE = /\b(?:University|College|Institute)\s+of\s+(?:the\s+)?$/;

/**
 * A province named only as part of a school's or a bridge's name.
 *
 * @example namesRegionBuilding(ostmarkProvince, 'a bomb at the gate of Ostmark University') // true
 */
export function namesRegionBuilding(m: Mention, text: string): boolean {
  return (
    m.place?.precision === 'region' &&
    (REGION_BUILDING_AFTER.test(text.slice(m.span[1], m.span[1] + 40)) ||
      REGION_BUILDING_OF_BEFORE.test(text.slice(Math.max(0, m.span[0] - 24), m.span[0])))
  );
}

/**
 * «تتجه قوات مدرعة إلى منطقة X», «اقتربت من مطار المدينة ومنطقة X»: ground that forces head for or draw near
 * (and the places listed with it) is where they have not yet fought; the fight told beside it was elsewhere.
 */
const APPROACHED = guardedPattern(
  /(?:^|\s)[وف]?(?:[تي]?قترب|اقترب|[تي]تجه|اتجه)\S*\s+(?:\S+\s+){0,3}?(?:من|الى|إلى|نحو)\s+(?:\S+\s+){0,2}?و?(?:(?:منطقة|مدينة|بلدة|قرية|مديرية)\s+)?$/,
  // Asked of every place a frame weighs: most leads hold no verb of approach, and a search for its
  // stems costs less than the pattern tried at each position.
  'قترب تجه',
);
/**
 * A place named as the goal forces are heading for or approaching.
 *
 * @example namesApproachGoal(lakhpur, 'اقتربت القوات من لاكبور') // true
 */
export function namesApproachGoal(m: Pick<Mention, 'span'>, text: string): boolean {
  return APPROACHED.test(text.slice(Math.max(0, m.span[0] - 60), m.span[0]));
}

/**
 * «تضم خمسة رجال بعضهم حارب في سوريا», «سبق أن قاتل في العراق», "some of whom had fought in Syria": where
 * people fought before, told to say who they are; the arrest or the attack told with it was elsewhere.
 */
const FOUGHT_BEFORE = guardedPattern(
  /(?:(?:^|\s)(?:بعضهم|بعضها|احدهم|أحدهم|سبق\s+(?:لهم\s+|له\s+)?[أا]ن)\s+(?:حارب|قاتل)\S*\s+(?:في|ب)\s*|\b(?:some|one|two|three|several|many|most)\s+of\s+whom\s+(?:had\s+)?fought\s+in\s+(?:the\s+)?|\b(?:had|have)\s+(?:previously\s+|once\s+)?fought\s+in\s+(?:the\s+)?)$/i,
  // Asked of every place a frame weighs: most leads tell no fighting at all.
  'fought حارب قاتل',
);
/**
 * A place named as where people fought before, not where the incident was.
 *
 * @example namesPastFight(syria, 'شبكة تضم خمسة رجال بعضهم حارب في سوريا') // true
 */
export function namesPastFight(m: Pick<Mention, 'span'>, text: string): boolean {
  return FOUGHT_BEFORE.test(text.slice(Math.max(0, m.span[0] - 40), m.span[0]));
}

/**
 * A name that here is a firm's, a person's, people's home or the country a mission serves ("the U.S.
 * Embassy"), where people once fought, or ground forces only head for: never the incident's place.
 *
 * @example notTheScene(meccaMention, 'stones thrown at mecca masjid') // true
 */
export function notTheScene(m: Mention, text: string): boolean {
  return (
    namesFirm(m, text) ||
    namesPerson(m, text) ||
    namesHome(m, text) ||
    namesPastFight(m, text) ||
    namesMission(m, text) ||
    namesAccord(m, text) ||
    namesPartyBrokerOrVenue(m, text) ||
    namesHospitalTown(m, text) ||
    namesRegionBuilding(m, text) ||
    namesApproachGoal(m, text) ||
    namesOutsideCountry(m, text)
  );
}

/**
 * «العمليات ضد داعش خارج حدود تركيا», «خارج البلاد»: a country named after «خارج» ("outside") is where the
 * incident was not. Only a country: «خارج مدينة X», like "outside X", puts a town's incident at its edge.
 */
const OUTSIDE_OF = /(?:^|\s)[وفب]?(?:من\s+)?خارج\s+(?:حدود\s+|[أا]راضي\s+)?$/;
/**
 * A country named as what lies outside the incident's ground.
 *
 * @example namesOutsideCountry(turkey, 'العمليات ضد داعش خارج حدود تركيا متواصلة') // true
 */
export function namesOutsideCountry(m: Pick<Mention, 'span' | 'place'>, text: string): boolean {
  if (m.place?.precision !== 'country') return false;
  return OUTSIDE_OF.test(text.slice(Math.max(0, m.span[0] - 30), m.span[0]));
}

/**
 * "were taken to the hospital in Adrow", "died later in a hospital in Rampur", «نقلوا إلى مستشفى في X»: the
 * town the wounded were carried to, told after the incident; a bombed hospital ("a bomb hit a hospital in X",
 * "three died when a shell hit the hospital in X") has no carrying or dying verb right before it and stays the
 * scene.
 */
const HOSPITAL_TOWN = guardedPattern(
  /(?:\b(?:taken|rushed|brought|carried|evacuated|transferred|transported|airlifted|flown|admitted|treated|died|succumbed)\s+(?:(?:later|there|to|at|in|a|an|the|nearest|nearby|local|main|military|general|district|city|provincial)\s+){0,4}hospitals?|(?:^|\s)(?:نقل|أسعف|اسعف)\S*\s+(?:إلى|الى)\s+(?:ال)?مستشف\S*)\s+(?:(?:in|at)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?|(?:في|ب)\s*(?:مدينة\s+)?)$/i,
  // Asked of every place a frame weighs: most leads name no hospital.
  'hospital مستشف',
);
/**
 * A place named as the town of the hospital the wounded were taken to or died in.
 *
 * @example namesHospitalTown(adrow, 'two men were shot and taken to the hospital in Adrow') // true
 */
export function namesHospitalTown(m: Pick<Mention, 'span'>, text: string): boolean {
  return HOSPITAL_TOWN.test(text.slice(Math.max(0, m.span[0] - 80), m.span[0]));
}

/** "rockets fired by militants in the X", "a shell launched by gunmen from X": where the shooters were. */
const FIRED_BY_IN =
  /\b(?:fired|launched|shot)\s+by\s+(?:[\w-]+\s+){1,3}?(?:in|from|inside)\s+(?:the\s+)?(?:(?:north|south|east|west|centr)(?:ern|al)\s+)?$/i;
/** "… landed near Y", "… struck a house in Y": the words after the shooters' place that say where it fell. */
const FELL_AFTER = /^[^.;:!?]{0,60}?\b(?:landed|land|fell|struck|hit|exploded)\b/i;

/**
 * "A rocket fired by militants in the X landed near Y": the place the shot was fired from, when the text goes
 * on to say where it fell, is no more the scene than a place it was "fired from" (core/place-stance).
 *
 * @example namesLaunchSite(xMention, 'a rocket fired by militants in X landed near Y') // true
 */
export function namesLaunchSite(m: Pick<Mention, 'span'>, text: string): boolean {
  return (
    FIRED_BY_IN.test(text.slice(Math.max(0, m.span[0] - 60), m.span[0])) &&
    FELL_AFTER.test(text.slice(m.span[1], m.span[1] + 80))
  );
}

/** Tokens of distance an office's or a route's place is worse than a plain one: a last resort. */
export const ASIDE_COST = 8;

/**
 * "according to the health directorate in Idlib province", "بحسب مديرية الصحة في X": where the figures come
 * from, most often the province's office for a town the text names too; a last resort.
 */
const SOURCE_PLACE =
  /(?:\baccording to|(?:^|\s)(?:بحسب|حسب|وفقا ل\S*|نقلا عن))\s+(?:\S+\s+){0,5}?(?:في|ب|in|of)\s+(?:the\s+)?$/i;

/**
 * "in an effort to disrupt the vote in X", "to protest the trial in X", "in protest against the raid on X",
 * "protesting against the killings in X", "protests over the raid on X": the
 * place of what the act was aimed at or answered, told in a purpose clause, not where the act was; no comma
 * or stop between the purpose and the place, and a word of its own between ("gathered to protest in X" is there).
 */
const PURPOSE_PLACE =
  /\b(?:to\s+(?:disrupt|derail|sabotage|boycott|protest|undermine|avenge)|in\s+protest\s+(?:against|of|at|over|to)|protesting(?:\s+(?:against|over|at))?|protests?\s+(?:against|over))\s+(?:[^\s,;.:]+\s+){1,5}?(?:in|at|on|of)\s+(?:the\s+)?$/i;

/**
 * A place named aside — an office's seat or a route's end, a person's town, where travellers were heading,
 * where shots came from, what the act was aimed at, where figures come from — looking back no further than
 * `from` (the sentence's start): the incident's place only as a last resort.
 *
 * @example namedAside(diyala, 'gunmen shot Diyala governor Ali', 0) // true
 */
export function namedAside(m: Mention, text: string, from: number): boolean {
  return (
    namesOfficeOrRoute(m, text) ||
    namesPersonsTown(m, text) ||
    namesDestination(m, text, from) ||
    namesShootersGround(m, text, from) ||
    PURPOSE_PLACE.test(text.slice(Math.max(from, m.span[0] - 60), m.span[0])) ||
    SOURCE_PLACE.test(text.slice(Math.max(from, m.span[0] - 60), m.span[0]))
  );
}

/**
 * A place named as someone's office ("Diyala governor", "the governor of Ostmark", "محافظ عدن") or as an end
 * of a route ("the Sitapur-Adrow road", "the Lakhpur-Adrow oil pipeline").
 *
 * @example namesOfficeOrRoute(diyalaMention, 'targeting Diyala governor Ali') // true
 */
export function namesOfficeOrRoute(m: Mention, text: string): boolean {
  return namesOfficeSeat(m, text) || namesRouteEnd(m, text);
}

/** "from X to Y", "from X, Rurania to Y": the words after the town a journey starts from. */
const JOURNEY_ON = /^(?:\s*,\s*\p{Lu}\p{L}+)?\s+(?:to|towards?)\s+(?:the\s+)?\p{Lu}/u;
/** …and the words before the town it was bound for. */
const JOURNEY_FROM =
  /\bfrom\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s*,\s*\p{Lu}\p{L}+)?\s+(?:to|towards?)\s+(?:the\s+)?$/u;

/**
 * A place named as an end of a route written with a hyphen ("the Sitapur-Adrow road", "the Lakhpur-Rampur
 * line", "a Rampur-bound bus", "the track between Lakhpur and Adrow") or as where a journey to another town
 * started ("a lorry heading from Lakhpur to Rampur"): the road runs there, or the travellers left it or were
 * bound for it, which says nothing of where on the way the incident was.
 *
 * @example namesRouteEnd(sitapurMention, 'a mine on the Sitapur-Adrow road') // true
 */
export function namesRouteEnd(m: Pick<Mention, 'span'>, text: string): boolean {
  const before = text.slice(Math.max(0, m.span[0] - 60), m.span[0]);
  const after = text.slice(m.span[1], m.span[1] + 40);
  // A pattern ending at the name is tried from every character before it: the words it cannot match
  // without ("between", "from", a hyphen last, what follows the name) are looked for first.
  return (
    /^-\p{Lu}/u.test(after) ||
    /^-bound\b/i.test(after) ||
    (AND_NEXT.test(after) && BETWEEN_FIRST.test(before)) ||
    (before.includes('between') && BETWEEN_SECOND.test(before)) ||
    (before.endsWith('-') && /\p{Lu}\p{L}*-$/u.test(before)) ||
    (before.includes('from') &&
      ((JOURNEY_ON.test(after) && /\bfrom\s+(?:the\s+)?$/.test(before)) || JOURNEY_FROM.test(before)))
  );
}

/**
 * "the track between X and Y", "a road between the towns of X and Y", "the road between X town and Y": the words
 * before a stretch's first end…
 */
const BETWEEN_FIRST = /\bbetween\s+(?:the\s+)?(?:(?:towns|cities|villages)\s+of\s+)?$/i;
/** …the words after it… */
const AND_NEXT = /^(?:\s+(?:town|village|city))?\s+and\s+(?:the\s+)?\p{Lu}/u;
/** …and the words before its second end. */
const BETWEEN_SECOND =
  /\bbetween\s+(?:the\s+)?(?:(?:towns|cities|villages)\s+of\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+(?:town|village|city))?\s+and\s+(?:the\s+)?$/u;

/** A word written with a capital or a small first letter, as a regex fragment. */
const eitherCase = (word: string) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;
/** The nouns that make a place's name before them a building's, an office's or a street's. */
const BUILDING = (
  'prison jail airport airbase base hospital stadium station headquarters office offices department post ' +
  'center centre plant field complex refinery factory council court university school road street avenue ' +
  'market bazaar mosque church hotel branch building compound'
)
  .split(' ')
  .map(eitherCase)
  .join('|');
/** A word of the building's name between the town and the noun: a capitalised one, or one of these. */
const BUILDING_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|police|district|subdistrict|administrative|provincial|municipal|city|central|main|regional|security|local|railway|railroad|bus|gas|oil|power|tax|traffic|air|governor['’]s)`;
/**
 * "the Lakhpur Central Jail in Rampur", "the Kabul airport at X", "the Rurania police station in Adrow", "the
 * Lakhpur Gas Plant in Rampur", "Rurania Road in west Adrow", "the Rurania subdistrict building in Adrow": a
 * building, an office or a street named by a town, then where it stands.
 */
const BUILDING_IN = new RegExp(
  String.raw`^\s+(?:${BUILDING_WORD}\s+){0,3}?(?:${BUILDING})\s+(?:in|at|near)\s+(?:the\s+)?` +
    String.raw`(?:(?:north|south|east|west|central|downtown)(?:ern)?\s+)?(?:(?:city|town)\s+of\s+)?$`,
  'u',
);
/**
 * "the Gaza settlement of X", "the Tuscany town of X", "the Hama town called X", "the Damascus suburb of
 * eastern Ghouta": the words between a place and a town it is named as holding.
 */
export const HOLDS_TOWN =
  /^\s+(?:\S+\s+)?(?:town|village|hamlet|city|settlement|township|suburb)\s+(?:of|called|named)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$/i;

/**
 * "'s", " province's", " Governorate's": a town's or its province's possessive before the part it owns ("Yala
 * province's Raman district"), as a regex fragment for the readers of such a part.
 *
 * @example new RegExp(`^${OWNERS_POSSESSIVE}`).test(" province's Raman district") === true
 */
export const OWNERS_POSSESSIVE = String.raw`(?:\s+(?:[Pp]rovince|[Gg]overnorate))?['’]s\s+`;

/**
 * The town a building named after a city stands in ("the X jail in Y"), or that "the X settlement of Y" names
 * ("X village of Y", with no "the", names the village); else the place itself.
 *
 * @example housedIn(lakhpur, places, 'at the Lakhpur Central Jail in Rampur town').name // 'Rampur'
 */
export function housedIn(m: Mention, places: Mention[], text: string): Mention {
  const next = places.find((p) => p.span[0] >= m.span[1] && p.place?.precision !== 'country');
  if (!next || next.place?.country !== m.place?.country) return m;
  const gap = text.slice(m.span[1], next.span[0]);
  const the = /\bthe\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, m.span[0] - 24), m.span[0]));
  return (BUILDING_IN.test(gap) && next.place?.precision === 'town') || (the && HOLDS_TOWN.test(gap))
    ? next
    : m;
}

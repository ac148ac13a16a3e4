import type { Mention } from '../../core/records.js';

// Words around a place's name that say the name is not where the incident happened: the place names a firm,
// a building, an office, a route, or where people came from. place-finder weighs or drops such places.

/**
 * "Rampur Textile Mills", "Baghdad University", "the Anbar Governorate building", "mecca masjid", "the
 * sabarmati express": a place's name in a firm's, a school's, a mosque's, a train's or a province's seat's,
 * not where it stands; "US-led", "London-based": in a word that tells who leads or backs a side.
 */
const FIRM_AFTER =
  /^(?:\s+(?:industries|company|corporation|mills|ltd|limited|bank|airlines|university|college|society|masjid|mosque|express|(?:governorate|provincial) (?:building|headquarters|offices?|council))|-(?:led|backed|based|funded|supported|sponsored|trained|brokered|allied|aligned))\b/i;

/**
 * A place whose name is a firm's, a mosque's or a train's, or qualifies a side, never the incident's place.
 *
 * @example namesFirm(meccaMention, 'stones thrown at mecca masjid') // true
 */
export function namesFirm(m: Mention, text: string): boolean {
  return FIRM_AFTER.test(text.slice(m.span[1], m.span[1] + 32));
}

/** Where a crowd or the displaced came from: "people from every corner of X", "من نازحي X". */
const CROWD_FROM = String.raw`\b(?:people|persons|youths?|men|villagers|residents|supporters|activists|pilgrims|displaced|refugees)\s+from\s+(?:every\s+corner\s+of\s+|all\s+(?:over|parts\s+of)\s+|across\s+)?(?:the\s+)?|(?:^|\s)(?:نازحي|النازحين من|الفارين من|اللاجئين من)\s+(?:محافظة\s+|مدينة\s+)?`;
/** Where a shot came from, not where it hit: "fired a rocket from X at Y". */
const FIRED_FROM = String.raw`\b(?:fired|firing|launched|launching)\s+(?:[\w-]+\s+){0,4}?from\s+(?:the\s+)?(?:(?:north|south|east|west|centr)(?:ern|al)\s+(?:or\s+\w+\s+)?(?:part\s+of\s+the\s+)?)?`;
/** The base warplanes flew from: "took off from an air base in X", "اقلعت من القاعدة الجوية في X". */
const FLOWN_FROM = String.raw`\btook\s+off\s+from\s+(?:\S+\s+){0,3}?(?:in\s+|at\s+)?|\bfrom\s+(?:the\s+|an?\s+)(?:[\w-]+\s+){0,2}?(?:air\s?)?base\s+(?:in|at|near)\s+|(?:^|\s)[وف]?(?:أقلع|اقلع)\S*\s+من\s+(?:\S+\s+){0,3}?(?:في\s+|ب)?|(?:^|\s)من\s+(?:ال)?قاعدة\s+(?:ال)?(?:جوية|عسكرية)(?:\s+\S+)?\s+(?:في\s+|ب)`;
/** Where people or troops were heading: "on their way to X", "advanced to X", "فروا الى X". */
const HEADED_TO = String.raw`\b(?:on\s+(?:their|its|his|her|the)\s+way|en\s+route|heading|advanc(?:e|ed|es|ing)|fled|flee(?:ing)?)\s+(?:to|towards?|for)\s+(?:the\s+)?(?:neighbou?ring\s+)?|\bbound\s+for\s+(?:the\s+)?|(?:^|\s)(?:في طريق\S*|متوجه\S*|فروا|نزحوا|هربوا)\s+(?:الى|إلى|نحو)\s+(?:محافظة\s+|مدينة\s+)?`;
/** Words right before a place that make it where someone or something came from, not the scene. */
const ORIGIN = new RegExp(`(?:${[CROWD_FROM, FIRED_FROM, FLOWN_FROM].join('|')})$`, 'i');
const DESTINATION = new RegExp(`(?:${HEADED_TO})$`, 'i');

/**
 * A place named as where people, a shot or warplanes came from, looking back no further than `from` (the
 * sentence's start).
 *
 * @example namesOrigin(khedaMention, 'mobs of people from every corner of kheda', 0) // true
 */
export function namesOrigin(m: Mention, text: string, from: number): boolean {
  return ORIGIN.test(text.slice(Math.max(from, m.span[0] - 80), m.span[0]));
}

/**
 * A place named as where people or troops were heading: a last resort, the nearest the text may come to
 * the scene ("a van on its way to Madrid was intercepted").
 *
 * @example namesDestination(rampurMention, 'a convoy on its way to Rampur', 0) // true
 */
export function namesDestination(m: Mention, text: string, from: number): boolean {
  return DESTINATION.test(text.slice(Math.max(from, m.span[0] - 40), m.span[0]));
}

/**
 * "terrorist groups positioned in X", "المسلحون المتمركزون في X": where attackers are posted, which is
 * not where their fire falls; the words may run through a list of places ("located in X and Y"). Troops
 * are left out: "troops stationed in X came under fire" is placed at their post.
 */
const POSTED =
  /(?:\b(?:militants?|terrorists?|gunmen|rebels?|groups?|organi[sz]ations?|insurgents?|jihadists?|snipers?)\s+(?:who\s+(?:are|were)\s+|\w+\s+)?(?:positioned|located|based|stationed|deployed|entrenched|holed\s+up)\s+(?:in|at|inside)\s|(?:^|\s)(?:المتمركز|المتحصن)(?:ة|ين|ون)?\s+(?:في\s|ب))[^.;:!?؛]{0,60}$/i;
/** "shells fired by terrorists who are positioned in X": the attackers named after the shot. */
const BY_ATTACKER = /\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * A place named as where the attackers are posted: before the attack's trigger (`beforeTrigger`), or after
 * it when the attackers are named with "by"; looks back no further than `from` (the sentence's start).
 *
 * @example attackersPost(saraqib, 'Militants positioned in Saraqib fired shells on Kafr Nabl', 0, true) // true
 */
export function attackersPost(m: Mention, text: string, from: number, beforeTrigger: boolean): boolean {
  const before = text.slice(Math.max(from, m.span[0] - 120), m.span[0]);
  const posted = POSTED.exec(before);
  return !!posted && (beforeTrigger || BY_ATTACKER.test(before.slice(0, posted.index)));
}

/** "Sheikh Qassim al-Gharawi", "kalyan singh": a title before, or a surname after, makes the name a person's. */
const TITLE_BEFORE =
  /\b(?:sheikh|shaikh|imam|mullah|maulana|ayatollah|mr|mrs|dr|gen|general|colonel|col)\.?\s+$/i;
const SURNAME_AFTER = /^\s+(?:singh|kumar|prasad|lal)\b/i;

/**
 * A place's name that here is a person's.
 *
 * @example namesPerson(qassimMention, 'aide Sheikh Qassim al-Gharawi was shot') // true
 */
export function namesPerson(m: Mention, text: string): boolean {
  return (
    TITLE_BEFORE.test(text.slice(Math.max(0, m.span[0] - 12), m.span[0])) ||
    SURNAME_AFTER.test(text.slice(m.span[1], m.span[1] + 10))
  );
}

const OFFICE_AFTER = /^\s+(?:deputy\s+)?(?:governor|mayor|police\s+chief)\b/i;
/** "محافظ عدن", "والي الخرطوم": the office comes first in Arabic. */
const OFFICE_BEFORE = /(?:^|\s)[وفلب]?(?:ال)?(?:محافظ|والي|مدير شرطة|قائد شرطة)\s+$/;
/** Tokens of distance an office's or a route's place is worse than a plain one: a last resort. */
export const ASIDE_COST = 8;

/**
 * A place named as someone's office ("Diyala governor", "محافظ عدن") or as an end of a route ("the
 * Torkham-Jalalabad road", "the Mozdok-Kazimagomed gas main").
 *
 * @example namesOfficeOrRoute(diyalaMention, 'targeting Diyala governor Ali') // true
 */
export function namesOfficeOrRoute(m: Mention, text: string): boolean {
  const after = text.slice(m.span[1], m.span[1] + 24);
  return (
    OFFICE_AFTER.test(after) ||
    OFFICE_BEFORE.test(text.slice(Math.max(0, m.span[0] - 16), m.span[0])) ||
    /^-\p{Lu}/u.test(after) ||
    /\p{Lu}\p{L}*-$/u.test(text.slice(Math.max(0, m.span[0] - 24), m.span[0]))
  );
}

/** "Damascus Central Prison in Adra", "the Kabul airport at X": a building named by a city, then where it stands. */
const BUILDING_IN =
  /^\s+(?:\S+\s+)?(?:prison|jail|airport|air\s?base|hospital|stadium)\s+(?:in|at|near)\s+(?:the\s+)?$/i;

/**
 * The town a building named after a city stands in, when the text says so; else the place itself.
 *
 * @example housedIn(damascus, places, 'on Damascus Central Prison in Adra area').name // 'Adra'
 */
export function housedIn(m: Mention, places: Mention[], text: string): Mention {
  const next = places.find((p) => p.span[0] >= m.span[1] && p.place?.precision !== 'country');
  return next &&
    next.place?.country === m.place?.country &&
    BUILDING_IN.test(text.slice(m.span[1], next.span[0]))
    ? next
    : m;
}

/**
 * A place's name that is a person's ("Sheikh Qassim", "Governor Tamsin Rampur"), or that names where a person
 * comes from, lives, holds office or works ("a tribal leader from Fallujah", "a judge in Rampur"): it says who
 * someone is, and the incident told with it most often happened elsewhere. place-asides weighs such places.
 */
import { guardedPattern } from '../../core/text/guarded-pattern.js';
import type { Mention } from '../../core/records.js';

/** "Sheikh Qassim al-Hadithi", "kalyan singh": a title before, or a surname after, makes the name a person's. */
const TITLE_BEFORE =
  /\b(?:sheikh|shaikh|imam|mullah|maulana|ayatollah|mr|mrs|dr|gen|general|colonel|col)\.?\s+$/i;
/** "town mayor Ardo Lakhpur", "Governor Tamsin Rampur": an office, a given name, then the surname. */
const OFFICE_AND_GIVEN_NAME_BEFORE =
  /\b(?:[Mm]ayor|[Gg]overnor|[Mm]inister|[Ss]enator|[Cc]ongressman|[Cc]ouncill?or|[Cc]ommander)\s+\p{Lu}\p{Ll}+\s+$/u;
const SURNAME_AFTER = /^\s+(?:singh|kumar|prasad|lal)\b/i;
/**
 * "killing Zahle Mansour", "assassinated Akkar Salloum": a verb whose object is only ever a person, then a
 * capitalised name of two words or more (a town is shelled or attacked, never killed or kidnapped).
 */
const PERSON_VERB_BEFORE =
  /\b(?:killed|killing|assassinated|assassinating|murdered|murdering|kidnapped|kidnapping|abducted|abducting|executed|executing|beheaded|wounded|wounding|injured|injuring|arrested|arresting|detained|detaining)\s+$/i;
const NAME_GOES_ON = /^\s+\p{Lu}\p{Ll}/u;
/** "the home of X", "the car belonging to X": what a person owns or who his kin are, told before his name. */
const OWNER_BEFORE =
  /\b(?:(?:home|house|apartment|residence|car|vehicle|convoy|son|daughter|brother|wife|husband|father|mother|family)\s+of|belonging\s+to|owned\s+by)\s+$/i;
/**
 * "Marla Yanni, a member", "Adrow Kellan in …": a place's name with one or two capitalised words after it and
 * then running text, as a person's name goes on — not an office, a province or a building after a town.
 */
const SURNAME_GOES_ON =
  /^(?!\s+(?:Governor|Mayor|Deputy|Chief|Police|Province|District|Governorate|City|Town|Village|Municipality|Council|Road|Street|Airport|University|Bank|Hotel|Camp|Valley|Hills?|Beach|Bridge|Market)\b)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?=\s*[,.;]|\s+\p{Ll})/u;

/**
 * A place's name that here is a person's.
 *
 * @example namesPerson(qassimMention, 'aide Sheikh Qassim al-Hadithi was shot') // true
 */
export function namesPerson(m: Mention, text: string): boolean {
  const after = text.slice(m.span[1], m.span[1] + 10);
  return (
    TITLE_BEFORE.test(text.slice(Math.max(0, m.span[0] - 12), m.span[0])) ||
    OFFICE_AND_GIVEN_NAME_BEFORE.test(text.slice(Math.max(0, m.span[0] - 32), m.span[0])) ||
    SURNAME_AFTER.test(after) ||
    (PERSON_VERB_BEFORE.test(text.slice(Math.max(0, m.span[0] - 16), m.span[0])) &&
      NAME_GOES_ON.test(after)) ||
    (OWNER_BEFORE.test(text.slice(Math.max(0, m.span[0] - 20), m.span[0])) &&
      SURNAME_GOES_ON.test(text.slice(m.span[1], m.span[1] + 40)))
  );
}

/** How far back, in characters, the words that make a place someone's home may start ("hailing from the "). */
const HOME_REACH = 40;

/**
 * «الذين ينتمون إلى قضاء تلعفر», «ينحدر من مدينة درنة», "fighters hailing from Tal Afar": where people come
 * from by birth or kin, not where they fought. So is where a person "has lived" for years, and the town after
 * a name and an age ("Ann Doe, 41, of Lakhpur", and its state in "of Lakhpur, Ostmark"), as reports tell who
 * someone is. The text is read as written, with or without hamza.
 */
const HOME_BEFORE =
  /(?:(?:^|\s)(?:[يت]نتم(?:ي|ون|ين)|[يت]نحدر(?:ون|ين)?|المنحدر(?:ون|ين)?)\s+(?:[إا]لى|من)|\b(?:hailing|hails|originally|natives?)\s+(?:from|of)(?:\s+the)?|\b(?:has|had|have)\s+lived\s+in(?:\s+the)?|,\s*\d{1,3},\s+of(?:\s+[A-Z][\w.'-]*){0,3},?)\s+(?:(?:قضاء|مدينة|محافظة|ناحية|قرية|بلدة|منطقة|town|city|village|district|province)\s+(?:of\s+)?)?$/i;

/**
 * A place's name that here is a person's home, not where anything happened.
 *
 * @example namesHome(talAfarMention, 'مسلحين تركمان ينتمون إلى قضاء تلعفر') // true
 */
export function namesHome(m: Mention, text: string): boolean {
  return HOME_BEFORE.test(text.slice(Math.max(0, m.span[0] - HOME_REACH), m.span[0]));
}

/**
 * "a tribal leader from Fallujah", "Settlers from Homesh", "an MP from Samangan": a person
 * named with the town he comes from or represents, which is most often not where he was struck.
 */
const PERSON_FROM = guardedPattern(
  /\b(?:man|woman|boy|girl|teenager|couple|family|settlers?|leaders?|professors?|officials?|students?|workers?|members?|legislators?|lawmakers?|candidates?|president|chairman|council(?:l)?ors?|businessman|merchants?|traders?|doctors?|(?:school)?teachers?|engineers?|clerics?|elders?|farmers?|shepherds?|journalists?|postman|judges?|drivers?|informers?|parliament|Palestinians?|Israelis?)\s+from\s+(?:the\s+)?(?:(?:village|town|city|district)\s+of\s+)?$/i,
);
/**
 * "Sadun, a senior judge in Rampur", "the head of tourism in Adrow", "a writer living in exile in Rurania",
 * "typists employed by the district council of Ostmark": the town a person holds office, lives or works in,
 * told to say who he is. A councillor's town is left out: it is most often where he was struck ("a councillor
 * in X, in County Y").
 */
const PERSON_IN =
  /\b(?:(?:judges?|prosecutors?|head\s+of\s+(?:the\s+)?\w+|living\s+in\s+exile)\s+in|(?:working|works?|worked|employed)\s+(?:for|with|by)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:government|council|administration|municipality|ministry)\s+(?:of|in))\s+(?:the\s+)?$/i;
/**
 * "guards who worked for a security firm in Lakhpur", "a lecturer at the Adrow Polytechnic University in
 * Rampur", "the head of the physics department at Sitapur University in Tirin": where a person's employer or
 * school is, which says who he is; the incident is most often told somewhere else ("… were kidnapped near X").
 */
const EMPLOYER_IN =
  /\b(?:(?:work(?:s|ed|ing)?|employed)\s+(?:for|with|by|at)\s+(?:a|an|the)\s+(?:(?!of\s)[\w'’-]+\s+){1,4}?|(?:students?|professors?|lecturers?|studying|teaching|department)\s+at\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:University|College|Institute)\s+)in\s+(?:the\s+)?$/i;
/** "Tirin, ", "Tirin village, ": a home village named before the town that locates it. */
const HOME_LOCATED = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s+village)?\s*,\s*$/u;
/** "an informer from Tirin shot in his village": struck at home (not "at his home in Adrow"), so the scene. */
const STRUCK_AT_HOME =
  /^[^.;!?]*?\b(?:in|at|outside)\s+(?:his|her|their)\s+(?:own\s+)?(?:home|house|village|residence)\b(?!\s+(?:in|at|near)\b)/i;
/** How far back the words that make a town a person's employer's may start. */
const EMPLOYER_REACH = 80;

/**
 * A town named as the home of a person the clause names: a last resort as the incident's place, weighed as an
 * office's or a route's place is (the only town named may still be the scene: "a man from Tral was shot").
 *
 * @example namesPersonsTown(falluja, 'a tribal leader from Falluja was shot in Baghdad') // true
 */
export function namesPersonsTown(m: Pick<Mention, 'span'>, text: string): boolean {
  const before = text.slice(Math.max(0, m.span[0] - HOME_REACH), m.span[0]);
  // "a man from Tirin, Lakhpur": the town that locates his village is his home as much as the village ("from
  // Tirin in Lakhpur" may tell where he was: villageAnchors reads it so).
  // Cut only where a "from" stands: the cut tries its pattern from every character.
  const from = /from/i.test(before);
  return (
    (from &&
      PERSON_FROM.test(before.replace(HOME_LOCATED, '')) &&
      !STRUCK_AT_HOME.test(text.slice(m.span[1], m.span[1] + 80))) ||
    PERSON_IN.test(before) ||
    EMPLOYER_IN.test(text.slice(Math.max(0, m.span[0] - EMPLOYER_REACH), m.span[0]))
  );
}

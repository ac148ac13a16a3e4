import { TOWN_KINDS, type NameSense } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';
import { asDemonym } from './name-match-builder.js';
import { needsSupport, SMALL_TOWN } from './country-evidence.js';

// "the al-Nasir Salah al-Din Brigades", "the Jenin Martyrs Brigades", "the Quetta Electric Supply Company":
// capitalised words up to an organisation's or a firm's noun, all in one stretch of the sentence.
const ORGANISATION_AFTER =
  /^(?:\s+(?:(?:al|el|Al|El)-)?\p{Lu}[\p{L}'’-]*){1,3}\s+(Brigades?|Battalions?|Front|Movement|Army|Organi[sz]ation|Committees?|Company|Corporation|Bank|Airlines|Association|Society|Forum|Groups)\b|^\s+(Forum|United)\b/u;

/**
 * "the Swiss Foundation for Mine Action", "the Denmark Demining Movement", "a French Development Fund office",
 * "the Japanese Cultural Association", "the Dang District Development Committee": an aid, demining, cultural
 * or development body. A country's works abroad; a town's is the town's own and stands in it. A national one
 * ("the Afghan National De-mining Commission") is left to the organisation's noun.
 */
const ABROAD_BODY_AFTER =
  /^(?:\s+(?!National\b)\p{Lu}[\p{L}'’-]*){0,3}\s+(?:Foundation|Fund|Relief|Mission)\b|^(?:\s+(?!National\b)\p{Lu}[\p{L}'’-]*){0,2}?\s+(?:De-?mining|Cultural|Development|Cooperation)\b/u;

// "Saraya al-Shuhada", "Liwa al-Quds", "Jaish al-Mahdi": an armed group's Arabic noun, transliterated, before the
// name it takes (the article may open the match or stand before it).
const ARABIC_BODY_BEFORE =
  /(?:^|[\s(])(Saraya|Kataib|Kata'ib|Jaish|Jaysh|Liwa|Harakat|Ansar|Jund|Tanzim|Jabhat|Asaib|Usbat|Alwiya|Fursan)\s+(?:(?:al|el|Al|El)-)?$/u;
// "Al-Aqsa members", "Al-Aqsa militants": a group named after a site, shortened to the site's name.
const MEMBERS_AFTER = /^\s+(?:members?|militants?|fighters?|gunmen|operatives?|activists?|cells?)\b/u;

/** Firms named for their country most often trade at home ("the Nepal Lever company"): the country stays. */
const FIRMS = new Set(['Company', 'Corporation', 'Bank', 'Airlines']);

/**
 * The senses a match keeps when it heads an organisation's or a firm's name ("the Amman Arab Bank", "the
 * Quetta Electric Supply Company", "the Ermua Forum"), follows an armed group's Arabic noun ("Liwa al-Quds"),
 * or names a group after a site (`membersOfSite`); undefined when it does none of these. A town so placed is
 * where the body sits, not where anything happened — and so, as a seat named with "-based" is, read through
 * its demonym: "an Amman Arab Bank branch" says Jordanian, as "the US embassy" says American. Only a city
 * does: a village's name so placed is more likely a word of the name ("the Zoni Revolutionary Army"), and
 * dropped. A country heading a body's name says whose the body is, as its nationality would; one heading a
 * firm's stays. A province keeps its place: "the Kashmir Liberation Front" fights there. An aid, demining,
 * cultural or development body's name (ABROAD_BODY_AFTER) drops a country — such a body works abroad: "the
 * Denmark Demining Movement" says nothing of the scene — and leaves a town or a province its place, the
 * body being the town's own: "the Kathmandu Development Committee office" stands in Kathmandu.
 *
 * @example seatsOfOrganisation(text, matchOf('Amman'))?.[0].via === 'demonym' // in "the Amman Arab Bank"
 */
export function seatsOfOrganisation(text: string, match: NameMatch): NameSense[] | undefined {
  if (ABROAD_BODY_AFTER.test(text.slice(match.span[1], match.span[1] + 80)))
    return match.senses.filter((s) => s.entity.kind !== 'country');
  const noun =
    organisationNoun(ORGANISATION_AFTER.exec(text.slice(match.span[1], match.span[1] + 80))) ??
    ARABIC_BODY_BEFORE.exec(text.slice(Math.max(0, match.span[0] - 16), match.span[0]))?.[1];
  if (noun === undefined) return membersOfSite(text, match);
  return match.senses.flatMap((s) =>
    s.entity.kind === 'country' && !FIRMS.has(noun)
      ? [asDemonym(s)]
      : !TOWN_KINDS.has(s.entity.kind)
        ? [s]
        : needsSupport(s.entity) || (s.entity.population ?? 0) < SMALL_TOWN
          ? []
          : [asDemonym(s)],
  );
}

/** The noun of an organisation's name: behind other words of it, or right after the town ("the Ermua Forum"). */
const organisationNoun = (found: RegExpExecArray | null): string | undefined => found?.[1] ?? found?.[2];

/**
 * The senses left when a site's name, members after it, names a group ("Al-Aqsa members fired rockets" are the
 * Al-Aqsa Martyrs' Brigades, nowhere near the mosque); undefined when the match names no site or no members
 * follow. A town's name keeps its place: "Hebron militants" mostly act in and around Hebron.
 *
 * @example membersOfSite(text, matchOf('Al-Aqsa')) // [] in "Al-Aqsa members fired two rockets"
 */
function membersOfSite(text: string, match: NameMatch): NameSense[] | undefined {
  if (!match.senses.some((s) => s.entity.kind === 'site')) return undefined;
  if (!MEMBERS_AFTER.test(text.slice(match.span[1], match.span[1] + 16))) return undefined;
  return match.senses.filter((s) => s.entity.kind !== 'site');
}

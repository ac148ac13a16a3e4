import type { NameSense } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';
import { asDemonym } from './name-match-builder.js';
import { needsSupport, SMALL_TOWN } from './country-evidence.js';

// "the al-Nasir Salah al-Din Brigades", "the Jenin Martyrs Brigades", "the Quetta Electric Supply Company":
// capitalised words up to an organisation's or a firm's noun, all in one stretch of the sentence.
const ORGANISATION_AFTER =
  /^(?:\s+(?:(?:al|el|Al|El)-)?\p{Lu}[\p{L}'’-]*){1,3}\s+(Brigades?|Battalions?|Front|Movement|Army|Organi[sz]ation|Committees?|Company|Corporation|Bank|Airlines|Association|Society)\b/u;

const TOWN_KINDS: ReadonlySet<string> = new Set(['city', 'district', 'site']);

/** Firms named for their country most often trade at home ("the Nepal Lever company"): the country stays. */
const FIRMS = new Set(['Company', 'Corporation', 'Bank', 'Airlines']);

/**
 * The senses a match keeps when it heads an organisation's or a firm's name ("the Amman Arab Bank", "the
 * Quetta Electric Supply Company"); undefined when it heads none. A town so placed is where the body sits, not
 * where anything happened — and so, as a seat named with "-based" is, read through its demonym: "an Amman Arab
 * Bank branch" says Jordanian, as "the US embassy" says American. Only a city does: a village's name so placed
 * is more likely a word of the name ("the Zoni Revolutionary Army"), and dropped. A country heading a body's
 * name says whose the body is, as its nationality would ("the Denmark Demining Movement" works abroad); one
 * heading a firm's stays. A province keeps its place: "the Kashmir Liberation Front" fights there.
 *
 * @example seatsOfOrganisation(text, matchOf('Amman'))?.[0].via === 'demonym' // in "the Amman Arab Bank"
 */
export function seatsOfOrganisation(text: string, match: NameMatch): NameSense[] | undefined {
  const noun = ORGANISATION_AFTER.exec(text.slice(match.span[1], match.span[1] + 80))?.[1];
  if (noun === undefined) return undefined;
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

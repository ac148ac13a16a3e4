// Some armed groups of different countries share a short name ("Maoists", "Maoist rebels"): a text that names
// no place often tells them apart only by its date, as one of them had not yet taken up arms, or had laid them
// down. This module holds the few such facts and reads a shared name by the text's publication date.
import type { NameSense } from './kb-types.js';
import { PLACE_KINDS } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';
import { withSenses } from './name-match-builder.js';

/** The days (YYYY-MM-DD) a group fought between: from its first attack or founding, until it laid down arms. */
interface ActiveYears {
  from?: string;
  until?: string;
}

/**
 * Groups that share a name with a group of another country, with the years they fought. The Communist Party
 * of Nepal (Maoist) waged its "people's war" from February 1996 to the peace accord of November 2006; the
 * Communist Party of India (Maoist) was founded in September 2004, when the People's War Group and the Maoist
 * Communist Centre merged (each is a group of its own in the base, with its own names).
 */
const ACTIVE_YEARS: ReadonlyMap<string, ActiveYears> = new Map([
  ['actor:cpn-maoist', { from: '1996-02-13', until: '2006-11-21' }],
  ['actor:cpi-maoist', { from: '2004-09-21' }],
]);

const activeOn = (sense: NameSense, day: string): boolean => {
  const years = ACTIVE_YEARS.get(sense.entity.id);
  return years === undefined || ((years.from ?? '') <= day && (years.until ?? '9999') > day);
};

/**
 * Drops, from a name several groups share, the groups that did not fight on the text's publication day
 * (`published`, YYYY-MM-DD or longer): "Maoists attacked a police post" in a 2003 report is Nepal's party, in
 * a 2008 one India's. The date only speaks where the text does not: a group it names in full elsewhere ("the
 * Communist Party of India (Maoist)") stays, and so does one whose country a place named tells ("Maoists
 * raided a village in Bihar" — its forerunners were called so too); so does every sense when none was active,
 * and every match of a text without a date.
 *
 * @example withActiveGroups(matchesOf('Maoists bombed a bridge.'), '2003-05-01') // only actor:cpn-maoist
 */
export function withActiveGroups(
  matches: readonly NameMatch[],
  published: string | null | undefined,
): readonly NameMatch[] {
  if (!published) return matches;
  const day = published.slice(0, 10);
  let toldOnce: Set<string> | undefined;
  return matches.map((match) => {
    if (match.senses.length < 2 || match.senses.every((s) => activeOn(s, day))) return match;
    const told = (toldOnce ??= toldByText(matches));
    const senses = match.senses.filter(
      (s) => activeOn(s, day) || told.has(s.entity.id) || told.has(s.entity.country ?? ''),
    );
    return senses.length === 0 || senses.length === match.senses.length ? match : withSenses(match, senses);
  });
}

/** The entities the text names unambiguously, and the countries of the places it so names. */
function toldByText(matches: readonly NameMatch[]): Set<string> {
  const told = new Set<string>();
  for (const m of matches) {
    if (m.senses.length === 1) told.add(m.senses[0].entity.id);
    const country = m.senses[0].entity.country;
    if (country && m.senses.every((s) => PLACE_KINDS.has(s.entity.kind) && s.entity.country === country))
      told.add(country);
  }
  return told;
}

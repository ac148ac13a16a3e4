import type { Entity, NameSense } from './kb-types.js';
import { PLACE_KINDS } from './kb-types.js';
import { packedMap } from '../../core/packed-map.js';
import { sortSmall } from '../../core/small-sort.js';
import type { CountryEvidence } from './country-evidence.js';
import { spelledAsWritten } from './spelled-as-written.js';

// How the senses of one name rank before any rule of the chooser reads the words around it: by where the
// entity comes from, its kind and size, and the countries the article and the sentence vote for.

/**
 * Senses best first with their values; `evidence` counts the article's votes per country, `local` those
 * of the match's own sentence; a sense whose name is written as the text `spelling`s it (Latin script) gains a
 * little over namesakes met only through a loosened key.
 *
 * @example rankSenses(sensesAt(kb.trie, ['tripoli']), new Map([['LB', 2]]))[0].sense.entity.country === 'LB'
 */
export function rankSenses(
  senses: readonly NameSense[],
  evidence: CountryEvidence = new Map(),
  local: CountryEvidence = new Map(),
  spelling: string | null = null,
): { sense: NameSense; value: number }[] {
  // Pushed (see `packedMap`): mapped, the ranking turned holey once this was optimised, and the sense
  // chooser reading it, one of the largest functions to compile, was deoptimised and compiled again.
  return sortSmall(
    packedMap(withoutLoosenedCountries(senses, spelling), (sense) => ({
      sense,
      value:
        senseValue(sense.entity, sense, evidence, local) +
        (spelledAsWritten(sense, spelling) ? SPELLED_VALUE : 0),
    })),
    (a, b) => b.value - a.value,
  );
}

/**
 * "Gunmen shot two farmers in Mallawi": when a sense is written as the text spells it, a country met only
 * through the loosened key (Malawi) is no reading of it — a country's name is spelled, not loosened, in a
 * text that names the country; a town's spelling varies. Without such a sense ("Falllujah") all stay.
 */
function withoutLoosenedCountries(
  senses: readonly NameSense[],
  spelling: string | null,
): readonly NameSense[] {
  if (spelling === null || !someSpelledAsWritten(senses, spelling)) return senses;
  const loosened = (s: NameSense) => s.entity.kind === 'country' && !spelledAsWritten(s, spelling);
  // Most such names have no country to drop: their senses are kept as they are, not copied.
  return senses.some(loosened) ? senses.filter((s) => !loosened(s)) : senses;
}

/** Whether one of `senses` is written as the text spells it: a loop, where `some` made a closure per match. */
function someSpelledAsWritten(senses: readonly NameSense[], spelling: string): boolean {
  for (const s of senses) if (spelledAsWritten(s, spelling)) return true;
  return false;
}

const TIER_VALUE: Record<Entity['tier'], number> = { shipped: 1, user: 0.8, world: 0.3 };
/** What the text's own spelling of a name adds: less than a kind or a country's vote, enough for a near tie. */
const SPELLED_VALUE = 0.1;

function senseValue(
  entity: Entity,
  sense: NameSense,
  evidence: CountryEvidence,
  local: CountryEvidence,
): number {
  let v = TIER_VALUE[entity.tier];
  if (entity.kind === 'country') v += 0.6;
  else if (entity.kind === 'region') v += 0.3;
  else if (!PLACE_KINDS.has(entity.kind)) v += 0.4;
  if (entity.population !== null && entity.population > 0) v += Math.log10(entity.population) / 14;
  if (sense.via === 'name') v += 0.1;
  const cc = entity.country;
  // A gazetteer town is backed by its own sentence ("Alexandria, Virginia"); a country named somewhere in
  // the article (the US in a Syria story) is no reason to read "Geneva" as Geneva, Ohio.
  const votes =
    cc === null
      ? 0
      : entity.tier === 'shipped'
        ? (evidence.get(cc) ?? 0)
        : (local.get(cc) ?? 0) + 0.25 * (evidence.get(cc) ?? 0);
  // Saturating: the second mention of a country matters, the tenth hardly more.
  v += 1.5 * (1 - 1 / (1 + votes));
  return v;
}

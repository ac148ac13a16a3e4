import { TOWN_KINDS } from './kb-types.js';
import type { NameSense } from './kb-types.js';
import { placeCued } from './match-context.js';
import type { NameMatch } from './mention-matcher.js';

/** A sense as the chooser ranks it. */
export interface RankedSense {
  sense: NameSense;
  value: number;
}

/**
 * "a patrol was ambushed near al-Baghdadi": a name a person is known by that a town bears too (Abu Bakr
 * al-Baghdadi, Khan al-Baghdadi), right after a locative or a place noun, is the town — a person is named
 * "in" nowhere.
 *
 * @example townOfPersonsName(view.text, matchOf('al-Baghdadi'), ranked, person, false) // Khan al-Baghdadi, in "a patrol ambushed near al-Baghdadi"
 */
export function townOfPersonsName(
  viewText: string,
  match: NameMatch,
  ranked: readonly RankedSense[],
  best: RankedSense,
  caseless: boolean,
): RankedSense | undefined {
  if (best.sense.entity.kind !== 'person' || !placeCued(viewText, match, !caseless)) return undefined;
  return ranked.find((r) => TOWN_KINDS.has(r.sense.entity.kind));
}

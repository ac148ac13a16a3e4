import { TOWN_KINDS } from './kb-types.js';
import { LATIN } from './country-evidence.js';
import type { NameMatch } from './mention-matcher.js';
import type { RankedSense } from './persons-town.js';

/**
 * What follows a dateline's town: a dash, then the source; or a kashida written as the dash, «عمان ـ الدستور»,
 * read in the original text, for the text view drops the kashida.
 */
const DATELINE_DASH = /^[ \t]*[-–—]/;
const KASHIDA_DASH = /^[ \t]+\u0640+[ \t]/;

/**
 * «عمان - بترا», «عمان — الغد»: an Arabic name that opens a line before a dash is a dateline, and a dateline
 * names the town the story was filed from — Amman, not Oman, which the country's weight makes the reading
 * elsewhere. English chronologies open with the country in capitals ("LEBANON - …"), so Latin-script
 * names are left to the other rules.
 *
 * @example townOfDateline(view.text, matchOf('عمان'), ranked, oman, text) // Amman, in «عمان - بترا قال …»
 * @example townOfDateline(view.text, matchOf('عمان'), ranked, oman, text) // Amman, in «عمان ـ بترا قال …»
 */
export function townOfDateline(
  viewText: string,
  match: NameMatch,
  ranked: readonly RankedSense[],
  best: RankedSense,
  text: string,
): RankedSense | undefined {
  if (best.sense.entity.kind !== 'country' || LATIN.test(match.key)) return undefined;
  const lineStart = viewText.lastIndexOf('\n', match.view[0] - 1) + 1;
  if (viewText.slice(lineStart, match.view[0]).trim() !== '') return undefined;
  const dashed =
    DATELINE_DASH.test(viewText.slice(match.view[1], match.view[1] + 8)) ||
    KASHIDA_DASH.test(text.slice(match.span[1], match.span[1] + 8));
  if (!dashed) return undefined;
  return ranked.find((r) => TOWN_KINDS.has(r.sense.entity.kind));
}

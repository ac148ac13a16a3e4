// A region a crowd's telling names only aside — as an office's seat or as where the killings it protests
// happened — is not where the crowd gathered.
import type { PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';

/**
 * "gujarat chief minister", "the gujarat government", "the gujarat bhawan": words after a region that make it
 * the seat of an office, a government or a state's house in another town. Not "bihar police": a state's police
 * act in the state.
 */
const SEAT_AFTER =
  /^\s+(?:(?:deputy\s+)?chief\s+minister|cm|governor|government|govt|administration|assembly|bhawan|bhavan|sadan|house)\b/i;
/**
 * "against the killings in gujarat", "the violence in bihar", "the carnage of gujarat": a region told as where
 * the violence a crowd protests took place, not where the crowd stood.
 */
const GRIEVANCE_BEFORE =
  /\b(?:killings?|violence|riots?|rioting|carnage|genocide|massacres?|atrocities|situation|victims?)\s+(?:in|of)\s+(?:the\s+)?$/i;

/** Whether the words around `span` name its region aside (SEAT_AFTER, GRIEVANCE_BEFORE). */
function namedAside(text: string, span: Span): boolean {
  return (
    SEAT_AFTER.test(text.slice(span[1], span[1] + 30)) ||
    GRIEVANCE_BEFORE.test(text.slice(Math.max(0, span[0] - 40), span[0]))
  );
}

/**
 * A region (a state or province, not a town) that places an incident only by words that name it aside: every
 * span it is read from is an office's seat or the place of a grievance. "new delhi: ... gujarat chief minister
 * narendra modi was in town ... a protest dharna outside the gujarat bhawan": the dharna is in the report's
 * town, not in Gujarat.
 *
 * @example regionNamedAside(gujarat, 'marched protesting against the killings in gujarat') // true
 */
export function regionNamedAside(location: PlaceRef | null, text: string): boolean {
  if (!location || location.precision !== 'region' || location.spans.length === 0) return false;
  return location.spans.every((span) => namedAside(text, span));
}

import type { CountRef, Quantity } from '../../core/records.js';
import type { Span } from '../../core/span.js';

/**
 * "Their bodies were found the next day", "the men's bodies were later dumped", "police found their
 * bodies", "Their mutilated bodies were found", "The bodies of the hostages were found": the people the
 * incident took, all found dead (a word that tells how the bodies were found may stand before them).
 */
const TAKEN = String.raw`(?:men|women|victims|hostages|captives|workers)`;
const THEIR = String.raw`(?:(?:[Tt]heir|[Tt]he ${TAKEN}(?:'s|’s|'|’)?) (?:[a-z]+ )?(?:bodies|corpses)|[Tt]he (?:bodies|corpses) of the ${TAKEN})`;
const THEIR_BODIES = new RegExp(
  String.raw`\b(?:${THEIR} (?:were|had been) (?:later |then |also )?(?:found|discovered|recovered|dumped|returned)|(?:found|discovered|recovered) ${THEIR})\b`,
);
/** "They were later found shot dead", "Both were found dead", "the hostages were executed". */
const THEY_DIED =
  /\b(?:[Tt]hey|[Bb]oth|[Aa]ll|[Tt]he (?:men|women|victims|hostages|captives)) were (?:later |then |all |both |subsequently )*(?:found (?:shot |stabbed |beaten )?dead|found (?:shot|stabbed|beaten|strangled|hacked) to death|killed|executed|beheaded|shot dead|murdered)\b/;

/** "aged 18 to 20", "ages 30 and 41": years of age, not a count of people. */
const AGE = /\b(?:aged|ages?(?: of)?|between the ages of)\s+(?:\d+\s*(?:to|and|-)\s*)?$/i;

/**
 * A sentence whose dead are people told before ("Their bodies were found", "They were later executed"):
 * it points back to the incident just told, whatever incident words of its own it has.
 *
 * @example pointsToTheTaken('Their bodies were found the next day.') === true
 */
export function pointsToTheTaken(sentence: string): boolean {
  return THEIR_BODIES.test(sentence) || THEY_DIED.test(sentence);
}

/**
 * "Gunmen kidnapped six drivers. Their bodies were found the next day.": a sentence that counts no dead
 * of its own counts the people the incident's sentence told as taken (`taken`: that sentence's quantities),
 * or its only count, of people, where the incident is an abduction or the bodies are "theirs".
 *
 * @example deadOfTheTaken([40, 78], quantitiesOfFirstSentence, text, true)?.value // 6
 */
export function deadOfTheTaken(
  sentence: Span,
  taken: readonly Quantity[],
  text: string,
  abduction: boolean,
): CountRef | null {
  const words = text.slice(sentence[0], sentence[1]);
  const bodies = THEIR_BODIES.exec(words);
  const found = bodies ?? THEY_DIED.exec(words);
  if (!found) return null;
  const counts = taken.filter(
    (q) => (q.value ?? 0) > 0 && !AGE.test(text.slice(Math.max(0, q.span[0] - 24), q.span[0])),
  );
  const abducted = counts.filter((q) => q.role === 'abducted');
  const [one] = counts;
  const only = (bodies || abduction) && counts.length === 1 && one.noun && !one.role ? one : null;
  const q = abducted.length === 1 ? abducted[0] : only;
  if (!q) return null;
  const at = sentence[0] + found.index;
  const spans: Span[] = [q.span, ...(q.nounSpan ? [q.nounSpan] : []), [at, at + found[0].length]];
  return { value: q.value!, qualifier: q.qualifier, spans };
}

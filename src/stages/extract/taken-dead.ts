import type { CountRef, Quantity } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { guardedPattern } from '../../core/text/guarded-pattern.js';
import { TWO_PEOPLE } from './two-victim-words.js';

/**
 * "Their bodies were found the next day", "the men's bodies were later dumped", "police found their
 * bodies", "Their mutilated bodies were found", "The bodies of the hostages were found", "All four bodies
 * were found": the people the incident took, all found dead (a word that tells how the bodies were found may
 * stand before them; a count of the bodies is read from the sentence itself).
 */
const TAKEN = String.raw`(?:men|women|victims|hostages|captives|workers)`;
const ALL_COUNTED = String.raw`(?:[Aa]ll (?:the )?|[Tt]he )(?:two|three|four|five|six|seven|eight|nine|ten|\d+)`;
const THEIR = String.raw`(?:(?:[Tt]heir|[Tt]he ${TAKEN}(?:'s|’s|'|’)?|${ALL_COUNTED}) (?:(?!(?:other|more)\b)[a-z]+ )?(?:bodies|corpses)|[Tt]he (?:bodies|corpses) of the ${TAKEN})`;
const THEIR_BODIES = guardedPattern(
  new RegExp(
    String.raw`\b(?:${THEIR} (?:were|had been) (?:later |then |also )?(?:found|discovered|recovered|dumped|returned)|(?:found|discovered|recovered) ${THEIR})\b`,
  ),
  // Asked of every sentence after an incident: most name no bodies, and the pattern tried at each of their
  // words cost more than looking for the two.
  'bodies corpses',
);
/** "They were later found shot dead", "Both were found dead", "the hostages were executed". */
const THEY_DIED = guardedPattern(
  /\b(?:[Tt]hey|[Bb]oth|[Aa]ll|[Tt]he (?:men|women|victims|hostages|captives)) were (?:later |then |all |both |subsequently )*(?:found (?:shot |stabbed |beaten )?dead|found (?:shot|stabbed|beaten|strangled|hacked) to death|killed|executed|beheaded|shot dead|murdered)\b/,
  // Nothing is read off the pattern itself (its words open with a class, "[Tt]hey"): without its one word,
  // it was tried at every word of every sentence after an incident.
  'were',
);

/**
 * "Militants kidnapped a police major and his driver", "Ali Omar, a judge, and his guard were abducted": two
 * people taken, told by no count (the pair ends its phrase: not "abducted a trader and robbed his shop").
 */
const TWO_TAKEN = new RegExp(
  String.raw`\b(?:kidnapped|abducted|seized|captured)\s+(?:[A-Z][a-z]+\.\s+)?(${TWO_PEOPLE})(?=\s*[,.;]|\s+(?:in|at|near|on|from|outside|inside|as|while|when|during|who|and)\b)|(?:^|[.;]\s+)(${TWO_PEOPLE}),?\s+(?:were|had been)\s+(?:[a-z]+ly\s+)?(?:kidnapped|abducted|seized|captured)\b`,
);

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
 * or its only count, of people, where the incident is an abduction or the bodies are "theirs"; with no count,
 * the two people that sentence (`takenSpan`) tells as taken.
 *
 * @example deadOfTheTaken([40, 78], quantitiesOfFirstSentence, text, true)?.value // 6
 */
export function deadOfTheTaken(
  sentence: Span,
  taken: readonly Quantity[],
  text: string,
  abduction: boolean,
  takenSpan?: Span,
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
  const at = sentence[0] + found.index;
  if (!q)
    return counts.length === 0 && takenSpan ? twoTaken(takenSpan, text, [at, at + found[0].length]) : null;
  const spans: Span[] = [q.span, ...(q.nounSpan ? [q.nounSpan] : []), [at, at + found[0].length]];
  return { value: q.value!, qualifier: q.qualifier, spans };
}

/** The two people a sentence tells as taken ("kidnapped a judge and his guard"), found dead at `found`. */
function twoTaken(sentence: Span, text: string, found: Span): CountRef | null {
  const m = TWO_TAKEN.exec(text.slice(sentence[0], sentence[1]));
  if (!m) return null;
  const pair = m[1] ?? m[2];
  const at = sentence[0] + m.index + m[0].indexOf(pair);
  return { value: 2, qualifier: 'exact', spans: [[at, at + pair.length], found] };
}

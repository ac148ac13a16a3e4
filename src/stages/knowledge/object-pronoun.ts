import type { NameMatch } from './mention-matcher.js';

/**
 * Words after which a headline in capitals writes "us" as the object pronoun: verbs that take one, and the
 * prepositions of a speaker's side ("THE STRIKES HIT US HARD", "THEY STAND AGAINST US").
 */
const TAKES_OBJECT = new Set(
  `HIT HITS HITTING STRUCK KILL KILLS KILLING KILLED ATTACK ATTACKS ATTACKING ATTACKED SHOOT SHOOTS SHOT BOMB
BOMBS BOMBING BOMBED TARGET TARGETS TARGETING TARGETED BEAT BEATS BEATING LET LEAVE LEFT HELP HELPS HELPED
TELL TELLS TOLD GIVE GIVES GAVE JOIN JOINS JOINED SAVE SAVES SAVED SEE SEES SAW FOLLOW FOLLOWS AGAINST WITH
FOR TOWARD TOWARDS AMONG BEHIND`.split(/\s+/),
);
/**
 * What follows the pronoun in such a headline: its end, a stop, a quote, or an adverb. Not a hyphen: "US-BACKED
 * TROOPS" is the country.
 */
const AFTER = /^(?:\s*(?:$|[.,;:!?'"’”)\n])|\s+(?:HARD|AGAIN|ALL|TOO|NOW|BADLY|TODAY|ANY\s+MORE|ANYMORE)\b)/;
const LOWER = /\p{Ll}/u;

/**
 * Drops "US" read as the United States where a line written in capitals uses it as the pronoun: after a
 * verb or a preposition that takes it, with nothing of a noun after it ("REBEL CHIEF: JETS HIT US HARD").
 * In mixed-case text the surface filter keeps "us" off the acronym already; in capitals only the words around
 * can tell.
 *
 * @example withoutObjectPronoun('JETS HIT US HARD', matches) // no match on "US"
 */
export function withoutObjectPronoun(text: string, matches: readonly NameMatch[]): NameMatch[] {
  return matches.filter((m) => !pronounInCapitals(text, m));
}

function pronounInCapitals(text: string, match: NameMatch): boolean {
  const [start, end] = match.span;
  if (text.slice(start, end) !== 'US') return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (LOWER.test(line)) return false;
  const before = /([A-Z]+)\s+$/.exec(text.slice(Math.max(lineStart, start - 20), start));
  return before !== null && TAKES_OBJECT.has(before[1]) && AFTER.test(text.slice(end, end + 12));
}

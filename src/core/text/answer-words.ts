import type { Span } from '../span.js';
import { guardedPattern } from './guarded-pattern.js';

/**
 * Words that set an act against the act it answers: "in response to", "in retaliation for", «ردا على»; and
 * "the raid came after militants shelled a border post", "the shelling followed a salvo that rebels fired": an
 * act the news is told as following is another incident, by its own side, even where an anaphor ("the raid")
 * opens the sentence. "Followed" counts only before what it follows ("followed by" tells the order the other
 * way round), and not in a clause that hangs on a noun ("the clashes that followed the arrest killed five"
 * tells the clashes, not an act answered, up to the sentence's end). Read by the extract stage
 * (the two acts make two frames) and the resolve stage (the two never merge, and the answering act takes no
 * day of the act answered), so the list lives here rather than in either.
 */
const ANSWER = guardedPattern(
  /(?<words>\b(?:(?:response|retaliation|reprisal)s?\s+(?:to|for)|(?:came|comes|come)\s+(?:just\s+|shortly\s+|only\s+)?(?:after|following)|(?<!\b(?:that|which|who|was|were|is|are|be|been|being)\s+)followed(?=\s+(?:an?|the|two|three|four|five|several|days|hours|weeks|\d)\b))\b)|(?:^|[\s،,(«"])[وف]?(?<ar>رد(?:اً|ًا|ا)\s+(?:على|علي|عليه|عليها))(?=[\s،,.]|$)/i,
  'response retaliation reprisal came comes come followed رد',
);
/** What may stand before answer words that open the sentence: «ورداً على …، قصفت …», "In response to …, jets". */
const OPENING = /^[\s"“«(]*(?:in|و|ف)?\s*$/i;

/**
 * Where, in a sentence's text, the act answered is told (offsets into `sentence`): from the answer words to
 * the end of the sentence, or, when they open it («رداً على الهجوم، قصفت …»), to the comma that closes them.
 * Null when the sentence answers nothing.
 *
 * @example answeredSpan('Jets struck Gaza in response to a rocket.') // [17, 41]
 */
export function answeredSpan(sentence: string): Span | null {
  const m = ANSWER.exec(sentence);
  if (!m) return null;
  const words = (m.groups!.words ?? m.groups!.ar)!;
  const from = m.index + m[0].lastIndexOf(words);
  if (!OPENING.test(sentence.slice(0, from))) return [from, sentence.length];
  const comma = sentence.slice(from + words.length).search(/[,،]/);
  return comma < 0 ? null : [from, from + words.length + comma];
}

// Where a journey began or was to end is seldom where the travellers were struck: "a convoy driving from Hama to
// Homs came under fire outside Rastan". named-elsewhere.ts reads these words before a town's name to weigh it
// against the other places the report names.
import { guardedPattern } from '../../core/text/guarded-pattern.js';
import type { NameMatch } from './mention-matcher.js';

/**
 * Words that set people or goods on a journey, a few words before its "from": "travelling", "on its way", "a bus
 * plying", "a lorry transporting flour", "a jet flying".
 */
const JOURNEY = String.raw`(?:[Tt]ravel(?:l)?(?:ing|ed)|[Dd]riving|[Dd]rove|[Ww]alking|[Rr]eturning|[Hh]eading|[Hh]eaded|[Ff]lying|[Pp]lying|[Tt]ransporting|[Cc]arrying|[Ee]n\s+route|[Oo]n\s+(?:the|their|his|her|its)\s+way)`;

/**
 * A journey's start: "mourners driving home from Hama", "a convoy on its way from Kandahar". The report
 * often tells where they were struck in a later sentence ("The car was found burnt out near Homs").
 * Guarded (core/text/guarded-pattern), as is the next: every match holds "from", which most leads of a
 * town's name lack, and a search for it costs a fraction of the pattern's run at every place of the lead.
 */
const TRAVELLED_FROM = guardedPattern(
  new RegExp(
    String.raw`\b${JOURNEY}(?:\s+(?:back|home))?(?:\s+[\p{L}\d][\p{L}\d'’-]*){0,4}?\s+from\s+(?:the\s+)?$`,
    'u',
  ),
);

/**
 * A journey's end told after its start, a capitalised name: "villagers walking from Shirqat to Mosul", "a lorry
 * heading from Hama to Homs".
 */
const JOURNEY_END_BEFORE = guardedPattern(
  new RegExp(
    String.raw`\b(?:${JOURNEY}|bound)(?:\s+[\p{L}\d][\p{L}\d'’-]*){0,4}?\s+from\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+to\s+(?:the\s+)?$`,
    'u',
  ),
);

/**
 * Whether the name of `match` is where travellers set out from.
 *
 * @example travelledFrom('a bus travelling from Homs', { span: [21, 25] } as NameMatch) === true
 */
export const travelledFrom = (text: string, match: NameMatch): boolean =>
  TRAVELLED_FROM.test(text.slice(Math.max(0, match.span[0] - 80), match.span[0]));

/** A hijacking told around the name: "a jet flying from Homs was hijacked", "hijackers seized a flight from Homs". */
const HIJACK = /\bhijack/i;

/**
 * Whether a hijacking is told around the name of `match`: a hijacked flight or vehicle's start is where the
 * hijackers boarded, and the report places the hijacking there even when it tells where the plane was forced down.
 *
 * @example hijackTold('a jet flying from Homs was hijacked', { span: [18, 22] } as NameMatch) === true
 */
export const hijackTold = (text: string, match: NameMatch): boolean =>
  HIJACK.test(text.slice(Math.max(0, match.span[0] - 120), match.span[1] + 160));

/**
 * Whether the name of `match` is where travellers were heading, told after where they set out from.
 *
 * @example journeyEnd('a bus travelling from Homs to Hama', { span: [30, 34] } as NameMatch) === true
 */
export const journeyEnd = (text: string, match: NameMatch): boolean =>
  JOURNEY_END_BEFORE.test(text.slice(Math.max(0, match.span[0] - 110), match.span[0]));

// Where a journey began or was to end is seldom where the travellers were struck: "a convoy driving from Hama to
// Homs came under fire outside Rastan". named-elsewhere.ts reads these words before a town's name to weigh it
// against the other places the report names.
import type { NameMatch } from './mention-matcher.js';

/**
 * A journey's start: "mourners driving home from Hama", "a convoy on its way from Kandahar". The report
 * often tells where they were struck in a later sentence ("The car was found burnt out near Homs").
 */
const TRAVELLED_FROM =
  /\b(?:travel(?:l)?(?:ing|ed)|driving|drove|walking|returning|heading|headed|on\s+(?:the|their|his|her|its)\s+way)(?:\s+(?:back|home))?\s+from\s+(?:the\s+)?$/i;

/**
 * A journey's end told after its start, a capitalised name: "villagers walking from Shirqat to Mosul", "a lorry
 * heading from Hama to Homs".
 */
const JOURNEY_END_BEFORE =
  /\b(?:travel(?:l)?(?:ing|ed)|driving|drove|walking|heading|headed|bound|en\s+route|on\s+(?:the|their|his|her|its)\s+way)\s+from\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+to\s+(?:the\s+)?$/u;

/**
 * Whether the name of `match` is where travellers set out from.
 *
 * @example travelledFrom('a bus travelling from Homs', { span: [21, 25] } as NameMatch) === true
 */
export const travelledFrom = (text: string, match: NameMatch): boolean =>
  TRAVELLED_FROM.test(text.slice(Math.max(0, match.span[0] - 40), match.span[0]));

/**
 * Whether the name of `match` is where travellers were heading, told after where they set out from.
 *
 * @example journeyEnd('a bus travelling from Homs to Hama', { span: [30, 34] } as NameMatch) === true
 */
export const journeyEnd = (text: string, match: NameMatch): boolean =>
  JOURNEY_END_BEFORE.test(text.slice(Math.max(0, match.span[0] - 70), match.span[0]));

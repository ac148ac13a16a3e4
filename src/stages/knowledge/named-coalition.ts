// "The US-led coalition widened its campaign … The coalition struck a camp near Sirte": once an article has
// named a coalition at war in full, a bare "the coalition" («التحالف») further on is that one, wherever the
// strike fell (the extract stage knows "the coalition" of Yemen's, Iraq's and Syria's wars only).
import { isCoalitionAtWar } from '../../core/coalitions-at-war.js';
import type { Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { KnowledgeBase } from './kb-types.js';
import { isFreeSpan, mergedInTextOrder } from './clue-mentions.js';
import { placeFromWords } from './mention-builder.js';
import { allMatches } from '../../core/text/all-matches.js';

/**
 * A bare coalition: "the coalition" (not "the coalition government", "the coalition's partners" in a
 * parliament, "the Coalition Party"), «التحالف» with its clitics and no adjective or name after it («التحالف
 * الوطني» is a bloc of parties).
 */
const BARE =
  /(?<![\p{L}\p{M}])(?:[Tt]he coalition(?!\s+(?:government|partners?|parties|party|talks|agreement|deal|of)\b)(?![\p{L}\p{M}'’-]|\s+\p{Lu})|[وفلب]?(?:ال|لل)تحالف(?![\p{L}\p{M}])(?!\s+(?:ال|[\p{Lu}])))/gu;
/** How sure the reading is: a common noun taken for the name told before it. */
const TOLD_BEFORE_SCORE = 0.6;

/**
 * Adds the coalition the article named in full for each bare "the coalition" («التحالف») after that name,
 * when it names one such coalition only. The mentions come back in text order.
 *
 * @example withNamedCoalition(kb, 'The US-led coalition … The coalition struck …', sentences, mentions)
 */
export function withNamedCoalition(
  kb: KnowledgeBase,
  text: string,
  sentences: readonly Span[],
  mentions: Mention[],
): Mention[] {
  const named = mentions.filter((m) => isCoalitionAtWar(m.entity_id));
  const ids = new Set(named.map((m) => m.entity_id));
  if (ids.size !== 1) return mentions;
  const coalition = kb.entities.get(named[0].entity_id!);
  if (coalition === undefined) return mentions;
  const added: Mention[] = [];
  for (const bare of allMatches(BARE, text)) {
    const span: Span = [bare.index, bare.index + bare[0].length];
    if (span[0] < named[0].span[1] || !isFreeSpan(span, sentences, mentions)) continue;
    added.push(placeFromWords(kb, text, span, coalition, TOLD_BEFORE_SCORE));
  }
  return mergedInTextOrder(mentions, added);
}

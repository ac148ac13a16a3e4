// «اشتباكات بين التبو والطوارق», «مسلحون من قبيلتي التبو والطوارق»: Arabic news names the sides of communal
// fighting by their communities alone. ACLED codes such sides as the communities' militias ("Tubu Ethnic
// Militia (Libya)"), and the base names each «ميليشيا …» after its community: a community's word told as one of
// a pair of sides reads as that militia.
import type { Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { Entity, KnowledgeBase } from './kb-types.js';
import { isFreeSpan, mergedInTextOrder } from './clue-mentions.js';
import { placeFromWords } from './mention-builder.js';
import { nameTokens } from './name-tokens.js';
import { sensesAt } from './packed-trie.js';
import { allMatches } from '../../core/text/all-matches.js';

/**
 * A pair of sides: after «بين» («وبين»), or after «قبيلتي» / «عشيرتي» (the dual of tribe, clan), maybe through
 * a tribe's noun («بين قبيلتي …»), two words joined by «و». Groups 1 and 2 are the two communities' words.
 */
const PAIR =
  /(?<![\p{L}\p{M}])(?:[وف]?بين|قبيلتي|قبيلتا|عشيرتي|عشيرتا)\s+(?:(?:قبيلتي|قبيلتا|قبيلة|قبائل|عشيرتي|عشائر|مسلحي|أبناء|ابناء)\s+)?([\p{L}\p{M}]+)\s+و([\p{L}\p{M}]+)/dgu;
/** The noun the base names a community's militia with: «ميليشيا التبو». */
const MILITIA = 'ميليشيا';
/** How sure the reading is: a side's community, not its militia's name. */
const COMMUNITY_SCORE = 0.6;

/**
 * Adds the militia of each community named as one of a pair of sides («بين التبو والطوارق»), when the base
 * names a militia «ميليشيا» + that word; both words must name one, so a pair of a community and a state
 * («بين الطوارق والجيش») is left to the other rules. The mentions come back in text order.
 *
 * @example withCommunalSides(kb, 'اشتباكات بين التبو والطوارق', sentences, []) // the two ethnic militias
 */
export function withCommunalSides(
  kb: KnowledgeBase,
  text: string,
  sentences: readonly Span[],
  mentions: Mention[],
): Mention[] {
  if (!text.includes('بين') && !text.includes('قبيلت') && !text.includes('عشيرت')) return mentions;
  const added: Mention[] = [];
  for (const found of allMatches(PAIR, text)) {
    const [first, second] = [militiaOf(kb, found[1]), militiaOf(kb, found[2])];
    if (first === undefined || second === undefined || first === second) continue;
    const [firstSpan, secondSpan]: Span[] = [found.indices![1], found.indices![2]];
    for (const [span, entity] of [
      [firstSpan, first],
      [secondSpan, second],
    ] as const) {
      if (isFreeSpan(span, sentences, mentions) && isFreeSpan(span, sentences, added))
        added.push(placeFromWords(kb, text, span, entity, COMMUNITY_SCORE));
    }
  }
  return mergedInTextOrder(mentions, added);
}

/** The militia the base names «ميليشيا» + `word`, if one. */
function militiaOf(kb: KnowledgeBase, word: string): Entity | undefined {
  const senses = sensesAt(kb.trie, nameTokens(`${MILITIA} ${word}`));
  return senses.find((s) => s.entity.kind === 'group' || s.entity.kind === 'armed-group')?.entity;
}

// "shortly after 11 Moscow time": a report tells the hour by a capital's clock, the one its country keeps (Russia
// reckons by Moscow's across the country). The town is not where it happened — names-no-place.ts drops it as
// a place — but its country's clock says which country the report is about when nothing else does.
import type { Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { KnowledgeBase } from './kb-types.js';
import { placeFromWords } from './mention-builder.js';
import { isFreeSpan, mergedInTextOrder, tellsNoCountry } from './clue-mentions.js';
import { nameTokens } from './name-tokens.js';
import { sensesAt } from './packed-trie.js';
import { allMatches } from '../../core/text/all-matches.js';

/** A capitalised one-word town's name right before "time" (group 1). */
const CLOCK = /\b(\p{Lu}\p{Ll}+)\s+time\b/gu;

/** How sure a clock makes the country: a clue, not a place named. */
const CLOCK_SCORE = 0.5;

/**
 * Adds the country whose town's clock tells the hour ("10 pm Baghdad time" → Iraq), on the town's name, when no
 * mention of the article tells any country and the base knows that name as towns of one country only.
 *
 * @example withClockCountries(kb, text, sentences, []) // Russia on "Moscow" in "the blast came at 9 am Moscow time"
 */
export function withClockCountries(
  kb: KnowledgeBase,
  text: string,
  sentences: readonly Span[],
  mentions: Mention[],
): Mention[] {
  if (!tellsNoCountry(mentions)) return mentions;
  const added: Mention[] = [];
  for (const found of allMatches(CLOCK, text)) {
    const span: Span = [found.index, found.index + found[1].length];
    if (!isFreeSpan(span, sentences, mentions)) continue;
    const towns = sensesAt(kb.trie, nameTokens(found[1])).filter(
      (s) => s.entity.kind === 'city' && s.entity.tier === 'shipped' && s.via !== 'demonym',
    );
    const countries = new Set(towns.map((s) => s.entity.country));
    const [country] = countries;
    const entity = countries.size === 1 && country ? kb.entities.get(`country:${country}`) : undefined;
    if (entity !== undefined) added.push(placeFromWords(kb, text, span, entity, CLOCK_SCORE));
  }
  return mergedInTextOrder(mentions, added);
}

// "Militants of the United Liberation Front of Assam lobbed a grenade over a barracks wall", "the Movement for the
// Emancipation of the Niger Delta blew up a pipeline": an armed group named after the region it fights in,
// in a report that names no town, district or region of its own, tells the reader where the attack was — the
// group's region, as a reader takes it. This module reads that region from the words of the group's name.
import type { Mention } from '../../core/records.js';
import type { KnowledgeBase } from './kb-types.js';
import { placeFromWords } from './mention-builder.js';
import { nameTokens } from './name-tokens.js';
import { sensesAt } from './packed-trie.js';
import { allMatches } from '../../core/text/all-matches.js';

/** The confidence of a region read from a group's name: a guess the article does not contradict. */
const HOME_SCORE = 0.5;
/** A capitalised word of a group's name, with its hyphens and apostrophes ("Al-Anbar", "Jammu"). */
const WORD = /\p{Lu}[\p{L}'’-]*/gu;
/** Region names run to three words ("Jammu and Kashmir" aside, which its words "and" would split anyway). */
const MAX_WORDS = 3;

/**
 * `mentions` with, when no place finer than a country is named, the region an armed group's name names in
 * the group's own country ("Assam" in "the United Liberation Front of Assam") as a place mention on those
 * words. A group named by an acronym alone, or after a region of another country, adds nothing.
 *
 * @example withGroupHomeRegion(kb, text, mentions) // + Assam=region:in:assam for "ULFA … of Assam" alone
 */
export function withGroupHomeRegion(kb: KnowledgeBase, text: string, mentions: Mention[]): Mention[] {
  if (mentions.some((m) => m.place !== undefined && m.kind !== 'country')) return mentions;
  for (const group of mentions) {
    if (group.kind !== 'armed-group' || !group.actor?.country) continue;
    const region = regionInName(kb, text, group);
    // One region is enough to say where: the first group named after one.
    if (region !== null) return [...mentions, region].sort((a, b) => a.span[0] - b.span[0]);
  }
  return mentions;
}

/** The longest run of capitalised words in the group's name that names a region of the group's country. */
function regionInName(kb: KnowledgeBase, text: string, group: Mention): Mention | null {
  const [from, to] = group.span;
  const words = allMatches(WORD, text.slice(from, to)).map((w) => [from + w.index, w[0].length] as const);
  for (let size = MAX_WORDS; size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const start = words[i][0];
      const end = words[i + size - 1][0] + words[i + size - 1][1];
      const tokens = nameTokens(text.slice(start, end));
      const key = tokens.join(' ');
      // By its own name only: "Basque", "Chechen" or "Ulster" in a group's name say who its fighters are,
      // and ETA bombs well beyond the Basque Country.
      const region = sensesAt(kb.trie, tokens).find(
        (s) =>
          s.entity.kind === 'region' &&
          s.entity.country === group.actor?.country &&
          nameTokens(s.entity.name_en).join(' ') === key,
      );
      if (region !== undefined) return placeFromWords(kb, text, [start, end], region.entity, HOME_SCORE);
    }
  }
  return null;
}

import type { NameMatch } from './mention-matcher.js';
import { sortSmall } from '../../core/small-sort.js';

/**
 * Keeps the longest of overlapping matches, wherever they start: in "تنظيم الدولة الإسلامية في العراق
 * والشام" the six-word name that starts at the second word beats the three-word one at the first. Of two
 * as long, the earlier wins, unless it opens with an article the English text writes as a preposition: in
 * "fired at Tall Zu'rub" the "at" is the preposition and the name is the one after it, not Syria's
 * "At Tall".
 */
export function longestFirst(found: { match: NameMatch; next: number }[]): NameMatch[] {
  if (found.length < 2 || !overlapping(found)) return found.map((f) => f.match);
  // Sized, not grown from the first match's word: an array written from a far index is a hash table.
  const taken = new Uint8Array(found.reduce((most, f) => Math.max(most, f.next), 0));
  const kept: NameMatch[] = [];
  const bySize = sortSmall(
    [...found],
    (a, b) =>
      b.next - b.match.word - (a.next - a.match.word) ||
      Number(prepositionFronted(a.match)) - Number(prepositionFronted(b.match)) ||
      a.match.word - b.match.word,
  );
  for (const { match, next } of bySize) {
    let free = true;
    for (let w = match.word; w < next && free; w++) free = taken[w] === 0;
    if (!free) continue;
    taken.fill(1, match.word, next);
    kept.push(match);
  }
  return sortSmall(kept, (a, b) => a.word - b.word);
}

/**
 * Whether some match reaches into the words of a later one (matches come one per word, in word order).
 * Mostly none does, and then every match is kept in the order found: no sort and no table of taken words.
 */
function overlapping(found: readonly { match: NameMatch; next: number }[]): boolean {
  let reach = 0;
  for (let k = 0; k < found.length; k++) {
    if (found[k].match.word < reach) return true;
    reach = Math.max(reach, found[k].next);
  }
  return false;
}

/** Transliterated articles that are English words too: "At Tall", "As Sib", "An Najaf". */
const PREPOSITION_ARTICLES = /^(?:at|as|an) /u;

/** Whether the match's name opens with such an article ("at tall" for "at Tall Zu'rub"). */
const prepositionFronted = (match: NameMatch): boolean => PREPOSITION_ARTICLES.test(match.key);

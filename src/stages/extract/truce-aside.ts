import { tokenAt, type SentenceView } from './sentence-view.js';

/**
 * "Despite the ceasefire brokered by Ruritania,", "After the truce between the army and the rebels
 * collapsed,": a clause opening the sentence, after any dateline ("RAMPUR (AP) —"), that tells a truce as the
 * time of what follows. Up to its comma.
 */
const TRUCE_ASIDE =
  /^(?:despite|in spite of|notwithstanding|after|following|amid|since|even after)\b[^,;]{0,160}?\b(?:ceasefire|cease-fire|truce|armistice|peace (?:deal|agreement|accord|talks))\b[^,;]{0,160}?,/i;
/** "RAMPUR, Ostmark (AP) —": a dateline the sentence opens with, up to its dash. */
const DATELINE = /^\p{Lu}[\p{L}\s,.'’]{0,40}?(?:\([^)]{1,24}\)\s*)?[—–]\s*/u;

/**
 * The first token after a truce told in a clause that opens the sentence ("Despite the ceasefire brokered by
 * Ruritania, gunmen attacked …"), or 0 when the sentence opens no such clause. The truce's parties, its
 * brokers and its ground are the truce's: the act the sentence tells is the main clause's, its sides and
 * its place named there.
 *
 * @example truceAsideEnd(view, text) // the token of "gunmen" in the sentence above
 */
export function truceAsideEnd(view: SentenceView, text: string): number {
  const sentence = text.slice(view.span[0], view.span[1]);
  const opening = DATELINE.exec(sentence)?.[0].length ?? 0;
  const aside = TRUCE_ASIDE.exec(sentence.slice(opening));
  return aside ? tokenAt(view, view.span[0] + opening + aside[0].length) : 0;
}

/**
 * The toll readings the event builder asks for again and again, read once. A sentence holds several frames
 * (one per trigger family and clause), each asking the toll of the sentence's counts told before it, and a
 * frame asks its clause's worded toll once to tell harm to people and once per place it files the toll
 * under: each reading runs a score of patterns over the same words.
 */
import type { Span } from '../../core/span.js';
import type { CountRef, Quantity } from '../../core/records.js';
import type { SentenceView } from './sentence-view.js';
import { withTollRoles } from './toll-words.js';
import { tollFromWords } from './worded-tolls.js';

/** The sentence's counts with their casualty roles read, by sentence (a view is made once per article). */
const SENTENCE_TOLLS = new WeakMap<SentenceView, Quantity[]>();

/**
 * `withTollRoles` of all the sentence's counts, read once per sentence.
 *
 * @example sentenceTolls(view, text) === sentenceTolls(view, text)
 */
export function sentenceTolls(view: SentenceView, text: string): Quantity[] {
  let tolls = SENTENCE_TOLLS.get(view);
  if (tolls === undefined) SENTENCE_TOLLS.set(view, (tolls = withTollRoles(view.quantities, text)));
  return tolls;
}

/** The worded tolls read in the current article's text, by clause and role. */
let wordedText: string | null = null;
const WORDED = new Map<string, CountRef | null>();

/**
 * `tollFromWords` of a clause, read once per clause and role of the same text: a new text forgets the old
 * readings, so the memo holds one article's at most.
 *
 * @example wordedToll(text, [0, 30], 'killed') === wordedToll(text, [0, 30], 'killed')
 */
export function wordedToll(text: string, clause: Span, role: 'killed' | 'injured'): CountRef | null {
  if (text !== wordedText) {
    WORDED.clear();
    wordedText = text;
  }
  const key = `${clause[0]}:${clause[1]}:${role}`;
  let toll = WORDED.get(key);
  if (toll === undefined) WORDED.set(key, (toll = tollFromWords(text, clause, role)));
  return toll;
}

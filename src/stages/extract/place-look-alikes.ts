import type { PhraseHit } from './phrase-matcher.js';
import { hitSpan, type SentenceView } from './sentence-view.js';

/**
 * "seized the town of Hit", "clashes in Raid": a capitalised word the knowledge layer read as a place's name
 * is that name, not the verb or noun it is spelled like.
 */
export function namesPlace(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const [start, end] = hitSpan(view, trigger);
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return false;
  return view.mentions.some((m) => m.place && m.via !== 'demonym' && m.span[0] <= start && end <= m.span[1]);
}

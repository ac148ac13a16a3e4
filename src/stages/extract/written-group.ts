import type { Span } from '../../core/span.js';
import { wordSet } from '../../core/text/word-set.js';
import { hitSpan, markBefore, type SentenceView } from './sentence-view.js';

/** Small words inside a group's name ("Nuclei of Fire", "Frente de Liberación", "Army for the Liberation"). */
const NAME_JOINERS = wordSet('of the for de del la las los el al');
/** Capitalised words a name is read across, at least: one alone is as often a sentence's first word. */
const MIN_CAPITALISED = 2;
/** Kinds the base knows that are no unknown group: a person, a state's force or a body, not a band that claims. */
const KNOWN_NOT_GROUP = new Set(['person', 'state-forces', 'igo', 'media', 'organisation', 'party']);

/** A name the text gives a side the knowledge base lacks, as written, and its span. */
export interface WrittenName {
  name: string;
  span: Span;
}

/**
 * The capitalised words ending right before token `end`, read as the name of a group the knowledge base lacks:
 * "The Black Lantern Brotherhood claimed …" gives "Black Lantern Brotherhood". A leading "the" is not the
 * name's; the run must hold two capitalised words, and no person, force or body the base knows.
 *
 * @example writtenNameBefore(view, text, 4)?.name // 'Black Lantern Brotherhood'
 */
export function writtenNameBefore(view: SentenceView, text: string, end: number): WrittenName | null {
  const capital = (i: number) => /^\p{Lu}/u.test(text.charAt(view.tokens[i].span[0]));
  let start = end;
  // A mark ends the name: "In Tirana, Black Lantern Brotherhood claimed" names no "In Tirana".
  while (start > 0 && (capital(start - 1) || NAME_JOINERS.has(view.tokens[start - 1].norm))) {
    start--;
    if (start > 0 && markBefore(view, start)) break;
  }
  while (start < end && NAME_JOINERS.has(view.tokens[start].norm)) start++;
  let capitalised = 0;
  for (let i = start; i < end; i++) if (capital(i)) capitalised++;
  if (capitalised < MIN_CAPITALISED) return null;
  const span = hitSpan(view, { start, end });
  const known = view.mentions.some(
    (m) => KNOWN_NOT_GROUP.has(m.kind) && m.span[0] < span[1] && m.span[1] > span[0],
  );
  return known ? null : { name: text.slice(span[0], span[1]), span };
}

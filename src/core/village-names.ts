import type { Span } from './span.js';

/** "Ban Nong Khai", "Killi Almo", "Moo 4": the word one country's villages open their names with. */
const VILLAGE_WORD_FIRST = /^(?:Ban|Killi|Moo)\s/u;
/** "tambon Sai Thong", "tambon of Rae": the word for a Thai commune, before its name. */
const COMMUNE_WORD_BEFORE = /\b[Tt]ambon\s+(?:of\s+)?$/u;

/**
 * The words at `span` name a village in one country's way: the knowledge stage reads that country from them
 * (village-prefixes.ts) when nothing else tells one, yet the words remain the village's own name.
 *
 * @example namedAsVillage('a hut in Ban Khok Samet burned', [9, 23]) // true
 */
export function namedAsVillage(text: string, span: Span): boolean {
  return (
    VILLAGE_WORD_FIRST.test(text.slice(span[0], span[1])) ||
    COMMUNE_WORD_BEFORE.test(text.slice(Math.max(0, span[0] - 12), span[0]))
  );
}

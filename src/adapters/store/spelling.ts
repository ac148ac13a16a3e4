/** Marks that open and the mark that closes each; a straight quote closes itself. */
const PAIRS: Readonly<Record<string, string>> = {
  '(': ')',
  '[': ']',
  '«': '»',
  '“': '”',
  '‹': '›',
  '"': '"',
};
const CLOSERS = new Set(Object.values(PAIRS));

/**
 * Whether a name's surface in an article is a spelling worth listing among the entity's names. The matcher
 * reads through brackets and quotes, so a match can start or end inside them ("Islamic State (IS also known
 * as …" matches the alias "Islamic State (IS)"); such a cut surface is evidence, but no name anyone writes.
 */
export function isWholeSpelling(surface: string): boolean {
  const open: string[] = [];
  for (const ch of surface) {
    if (open.length > 0 && ch === PAIRS[open[open.length - 1]]) open.pop();
    else if (ch in PAIRS) open.push(ch);
    else if (CLOSERS.has(ch)) return false;
  }
  return open.length === 0;
}

import type { Finding } from './finding.js';

/**
 * Orders findings and drops those lying inside an earlier, larger one, so removed spans never overlap.
 * Clues of dropped findings are kept on the survivor: a date stamp inside a removed line still dates the article.
 *
 * @example mergeFindings([finding([0, 10], 'promo', 'a'), finding([2, 5], 'other', 'b')]).length // 1
 */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.span[0] < last.span[1]) {
      last.clues.push(...f.clues);
      if (f.span[1] > last.span[1]) out[out.length - 1] = { ...last, span: [last.span[0], f.span[1]] };
      continue;
    }
    out.push({ ...f, clues: [...f.clues] });
  }
  return out;
}

/**
 * The article-extraction benchmark's metric, as ../shared/eval/extraction-score.mjs computes it: 4-token
 * shingles of Unicode word tokens, per-page TP/FP/FN normalised to sum 1, macro precision and recall,
 * F1 of the two means. Kept here so the gate and the per-page report need no subprocess; the bench
 * also runs the shared script and prints both.
 */
const TOKEN = /[\p{L}\p{N}_\p{M}]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const s = tokens.slice(i, i + 4).join('\u0001');
    if (s) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  precision: number | null;
  recall: number | null;
}

/** Precision and recall of one page (null where the metric skips the page). */
export function scorePage(truth: string, predicted: string): PageScore {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? 0;
    const y = b.get(k) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  const sum = tp + fp + fn;
  if (sum > 0) [tp, fp, fn] = [tp / sum, fp / sum, fn / sum];
  const perfect = fp === 0 && fn === 0;
  const precision = perfect ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
  const recall = perfect ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  return { precision: tp + fp > 0 ? precision : null, recall: tp + fn > 0 ? recall : null };
}

/** Macro precision, recall and F1 over pages. */
export function scoreAll(pages: readonly PageScore[]): { precision: number; recall: number; f1: number } {
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const precision = mean(pages.flatMap((p) => (p.precision === null ? [] : [p.precision])));
  const recall = mean(pages.flatMap((p) => (p.recall === null ? [] : [p.recall])));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

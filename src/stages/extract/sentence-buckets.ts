/** The document's tokens, mentions, quantities and times split by sentence, each sentence's in span order. */
import type { Token } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { lastAtOrBefore } from '../../core/sorted-numbers.js';

/**
 * The tokens of each of `n` sentences (a token of none is dropped), in span order. The language stage writes
 * the tokens sentence after sentence in text order, and each sentence's are then one run of the list, cut out
 * whole: pushed one by one into lists each checked for order (with the mentions', quantities' and times'), they
 * cost a tenth of the views and frames (0.682 → 0.621 M instructions an article, every 10th of the corpus).
 *
 * @example tokensBySentence(doc.tokens, doc.sentences.length)[1][0].sentence // 1
 */
export function tokensBySentence(tokens: readonly Token[], n: number): Token[][] {
  const out: Token[][] = [];
  let ordered = true;
  let at = 0;
  while (at < tokens.length && tokens[at].sentence < 0) at++;
  for (let s = 0; s < n; s++) {
    const from = at;
    let start = -1;
    for (; at < tokens.length && tokens[at].sentence === s; at++) {
      ordered &&= tokens[at].span[0] >= start;
      start = tokens[at].span[0];
    }
    out.push(tokens.slice(from, at));
  }
  // A token of some sentence left after the runs stood out of its sentence's run.
  for (; at < tokens.length && ordered; at++) ordered = tokens[at].sentence >= n;
  return ordered
    ? out
    : inSpanOrder(
        bucket(tokens, n, (t) => t.sentence),
        false,
      );
}

/**
 * The items of each sentence (an item outside every sentence is dropped), in span order: `starts` are the
 * sentences' first offsets. A list written in text order, as the stages write them, is not checked again
 * sentence by sentence.
 *
 * @example bySentence(doc.mentions, doc.sentences, [0, 40])[1] // the mentions of the second sentence
 */
export function bySentence<T extends { span: Span }>(
  items: readonly T[],
  sentences: readonly { span: Span }[],
  starts: readonly number[],
): T[][] {
  let ordered = true;
  for (let k = 1; k < items.length && ordered; k++) ordered = items[k].span[0] >= items[k - 1].span[0];
  return inSpanOrder(
    bucket(items, sentences.length, (item) => sentenceOf(starts, sentences, item.span)),
    ordered,
  );
}

/**
 * Each list sorted by where its items start, in place, unless `ordered` says the lists come from one list in
 * that order already. Most lists are in text order, so each is checked first: a sort copies the list and
 * calls its comparison at least once per item, and even a sentence with none of them paid for a copy.
 */
function inSpanOrder<T extends { span: Span }>(lists: T[][], ordered: boolean): T[][] {
  if (ordered) return lists;
  for (const items of lists) {
    for (let i = 1; i < items.length; i++) {
      if (items[i].span[0] < items[i - 1].span[0]) {
        items.sort(bySpanStart);
        break;
      }
    }
  }
  return lists;
}

function bySpanStart(a: { span: Span }, b: { span: Span }): number {
  return a.span[0] - b.span[0];
}

/** `items` by the sentence `indexOf` gives each (dropped when outside every sentence), in their order. */
function bucket<T>(items: readonly T[], n: number, indexOf: (item: T) => number): T[][] {
  // Pushed: `Array.from` with a callback costs a call per sentence (see `packedMap` on layouts, too).
  const out: T[][] = [];
  for (let i = 0; i < n; i++) out.push([]);
  for (const item of items) {
    const i = indexOf(item);
    if (i >= 0 && i < n) out[i].push(item);
  }
  return out;
}

/** The sentence holding a span, by binary search over sentence starts; -1 when outside every sentence. */
function sentenceOf(starts: readonly number[], sentences: readonly { span: Span }[], span: Span): number {
  const found = lastAtOrBefore(starts, span[0]);
  return found >= 0 && span[0] < sentences[found].span[1] ? found : -1;
}

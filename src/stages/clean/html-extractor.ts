import { createRequire } from 'node:module';
import type { parseHTML } from 'linkedom';
import { writeBlocks, type WrittenText } from './block-text-writer.js';
import { promote, scoreContainers, withSiblings } from './content-scorer.js';
import { measure } from './dom-stats.js';
import { readJsonLd, readPageMetadata } from './html-metadata-reader.js';
import { prune } from './html-pruner.js';
import type { PageMetadata } from './metadata-assembler.js';

export interface HtmlExtraction extends WrittenText {
  page: PageMetadata;
}

let domParser: typeof parseHTML | undefined;

/**
 * linkedom's `parseHTML`, loaded with the first page: importing it costs some 300 ms of CPU and 25 MB, and
 * a process that reads plain text never builds a DOM. The package's CommonJS build loads synchronously.
 */
function parseDom(html: string): ReturnType<typeof parseHTML> {
  domParser ??= (createRequire(import.meta.url)('linkedom') as typeof import('linkedom')).parseHTML;
  return domParser(html);
}

/** Scripts, styles and comments never hold article text; dropping them first spares the parser their bulk. */
const INERT = /<(script|style|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

/**
 * Extracts the article from an HTML page: metadata first (from the whole page), then chrome is pruned,
 * containers scored in one pass, the best one and its article-like siblings written as paragraphs with
 * a map back to the HTML source. Empty text means the page holds no article.
 *
 * @example extractHtml('<html><body><article><p>…</p></article></body></html>').text
 */
export function extractHtml(html: string): HtmlExtraction {
  const jsonLd = readJsonLd(html);
  const { document } = parseDom(html.replace(INERT, ' '));
  const page = readPageMetadata(document, jsonLd);
  const root = document.body ?? document.documentElement;
  const empty = { text: '', sourceMap: new Int32Array(), findings: [], page };
  if (!root) return empty;
  prune(root, measure(root));
  const stats = measure(root);
  const ranked = scoreContainers(root, stats);
  if (ranked.length === 0) return empty;
  const scores = new Map(ranked.map((r) => [r.el, r.score]));
  const top = promote(ranked[0].el, ranked[0].score, scores, stats, root);
  const containers = withSiblings(top, scores.get(top) ?? ranked[0].score, scores, stats);
  return { ...writeBlocks(containers, stats, html), page };
}

import { furnitureKind } from './class-weight.js';
import { isInline, type NodeStats } from './dom-stats.js';
import { finding, type Finding } from './finding.js';
import { TextBuilder } from './text-builder.js';

export interface WrittenText {
  text: string;
  /** Pairs (text offset, HTML source offset); see TextBuilder. */
  sourceMap: Int32Array;
  /**
   * Blocks inside the article kept in the text but marked as furniture (captions, by-lines, link lists);
   * spans start where the builder stood, before the blank line it writes, and are trimmed by the cleaner.
   */
  findings: Finding[];
}

const SKIP = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SOURCE', 'TRACK', 'MAP', 'AREA', 'HR']);
const LISTISH = new Set(['UL', 'OL', 'DL', 'TABLE', 'DIV', 'SECTION', 'NAV']);

/**
 * Writes the chosen containers as text, one block per paragraph, keeping furniture found inside them as
 * removed findings rather than dropping it, so the reader can see what was set aside and why.
 *
 * @example writeBlocks([article], stats, html).text
 */
export function writeBlocks(
  containers: readonly Element[],
  stats: Map<Element, NodeStats>,
  source: string,
): WrittenText {
  const builder = new TextBuilder(source);
  const findings: Finding[] = [];
  const walk = (el: Element): void => {
    const tag = el.tagName;
    if (SKIP.has(tag) || (tag === 'H1' && builder.length === 0)) return;
    const verdict = furnitureOf(el, stats.get(el));
    const block = !isInline(tag);
    if (block) builder.block();
    const before = builder.length;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) builder.addText((n as Text).data);
      else if (n.nodeType === 1) {
        if ((n as Element).tagName === 'BR') builder.line();
        else walk(n as Element);
      }
    }
    if (block) builder.block();
    if (verdict && builder.length > before)
      findings.push(finding([before, builder.length], verdict[0], verdict[1]));
  };
  for (const c of containers) walk(c);
  const text = builder.text;
  return { text, sourceMap: builder.sourceMap, findings };
}

function furnitureOf(el: Element, s: NodeStats | undefined): [Finding['kind'], string] | null {
  if (el.tagName === 'FIGCAPTION') return ['caption', 'figure caption'];
  const kind = furnitureKind(el);
  if (kind)
    return [kind, `class "${(el.getAttribute('class') ?? el.getAttribute('id') ?? '').slice(0, 40)}"`];
  if (s && LISTISH.has(el.tagName) && s.text > 0 && s.link / s.text > 0.5)
    return ['related-links', 'link-dense block'];
  // A paragraph that is one link in capitals is a headline teaser for another story.
  if (
    s &&
    !isInline(el.tagName) &&
    s.text > 0 &&
    s.text < 200 &&
    s.link / s.text > 0.9 &&
    isShouted(el.textContent ?? '')
  ) {
    return ['related-links', 'link to another story'];
  }
  return null;
}

function isShouted(text: string): boolean {
  return /[A-Z]/.test(text) && text === text.toUpperCase();
}

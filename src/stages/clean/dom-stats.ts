/** Text measures of one element and everything under it, computed once, bottom-up. */
export interface NodeStats {
  /** Characters of text, white space runs counted as one. */
  text: number;
  /** Characters of that text inside links. */
  link: number;
  commas: number;
  /** Characters of text in direct child text nodes and inline children: the element read as a paragraph. */
  own: number;
}

const INLINE = new Set([
  'A',
  'B',
  'STRONG',
  'I',
  'EM',
  'SPAN',
  'FONT',
  'SMALL',
  'SUB',
  'SUP',
  'U',
  'MARK',
  'ABBR',
  'CITE',
  'Q',
  'TIME',
  'CODE',
  'BR',
  'S',
  'DEL',
  'INS',
  'LABEL',
  'BDI',
  'BDO',
  'WBR',
]);

/** True for tags that flow inside a paragraph rather than starting a block. @example isInline('EM') // true */
export function isInline(tag: string): boolean {
  return INLINE.has(tag);
}

/**
 * Measures every element in one walk (readability recomputes textContent per candidate, which is
 * quadratic on deep pages).
 *
 * @example measure(document.body).get(document.body)?.text
 */
export function measure(root: Element): Map<Element, NodeStats> {
  const stats = new Map<Element, NodeStats>();
  visit(root, stats);
  return stats;
}

function visit(el: Element, stats: Map<Element, NodeStats>): NodeStats {
  const s: NodeStats = { text: 0, link: 0, commas: 0, own: 0 };
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      const len = collapsedLength(data);
      s.text += len;
      s.own += len;
      s.commas += countCommas(data);
    } else if (n.nodeType === 1) {
      const child = n as Element;
      const c = visit(child, stats);
      s.text += c.text;
      s.commas += c.commas;
      s.link += child.tagName === 'A' ? c.text : c.link;
      if (isInline(child.tagName)) s.own += c.text;
    }
  }
  stats.set(el, s);
  return s;
}

function collapsedLength(data: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!isSpace) n++;
    else if (!space) n++;
    space = isSpace;
  }
  return n;
}

function countCommas(data: string): number {
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 44 || c === 0x60c) n++;
  }
  return n;
}

import { classWeight } from './class-weight.js';
import type { NodeStats } from './dom-stats.js';

const PARAGRAPH = new Set(['P', 'PRE', 'TD', 'BLOCKQUOTE', 'DIV', 'SECTION', 'ARTICLE', 'LI', 'DD', 'FONT']);
const PURE_PARAGRAPH = new Set(['P', 'PRE', 'BLOCKQUOTE', 'LI', 'DD', 'TD', 'FONT']);
const TAG_PRIOR: Record<string, number> = {
  DIV: 5,
  ARTICLE: 10,
  MAIN: 5,
  SECTION: 3,
  PRE: 3,
  TD: 3,
  BLOCKQUOTE: 3,
  FORM: -3,
  OL: -3,
  UL: -3,
  LI: -3,
  DL: -3,
  DD: -3,
  H1: -5,
  H2: -5,
  H3: -5,
  TH: -5,
  ADDRESS: -3,
};

/**
 * Readability's scoring in one pass over precomputed stats: each paragraph gives 1 + its commas + a point per
 * 100 characters (at most 3) to its parent, half to the grandparent, a third to the one above; a container's
 * score is then its tag prior and class weight, shrunk by its link density. Returns containers best first.
 *
 * @example scoreContainers(document.body, measure(document.body))[0].el // the likeliest article container
 */
export function scoreContainers(
  root: Element,
  stats: Map<Element, NodeStats>,
): { el: Element; score: number }[] {
  const scores = new Map<Element, number>();
  for (const [el, s] of stats) {
    if (!PARAGRAPH.has(el.tagName) || s.own < 25) continue;
    const gain = 1 + s.commas + Math.min(Math.floor(s.own / 100), 3);
    // A block holding text directly (a <div> used as a paragraph) is its own container, as readability
    // makes it by wrapping the text in a <p>; a real paragraph gives its score to its parent.
    let up: Element | null = PURE_PARAGRAPH.has(el.tagName) ? el.parentElement : el;
    for (let level = 0; up && level < 3; level++, up = up.parentElement) {
      if (!scores.has(up)) scores.set(up, prior(up, stats.get(up)));
      scores.set(up, scores.get(up)! + gain / (level === 0 ? 1 : level * 2));
      if (up === root) break;
    }
  }
  const out: { el: Element; score: number }[] = [];
  for (const [el, score] of scores) {
    const s = stats.get(el)!;
    out.push({ el, score: score * (1 - (s.text ? s.link / s.text : 0)) });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Tag and class say what a block is, but only a block with some prose may profit from its name. */
function prior(el: Element, s: NodeStats | undefined): number {
  const p = (TAG_PRIOR[el.tagName] ?? 0) + classWeight(el);
  return p > 0 && (s?.text ?? 0) < 200 ? 0 : p;
}

/**
 * The article may be split over siblings of the best container (a lead, then the body); readability keeps
 * siblings scoring a fifth of the best, or plain paragraphs with few links.
 *
 * @example withSiblings(top, score, scores, stats) // [lead paragraph, top, …] in document order
 */
export function withSiblings(
  top: Element,
  topScore: number,
  scores: Map<Element, number>,
  stats: Map<Element, NodeStats>,
): Element[] {
  const parent = top.parentElement;
  if (!parent) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const out: Element[] = [];
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    if (el === top) {
      out.push(el);
      continue;
    }
    const s = stats.get(el);
    if (!s) continue;
    const density = s.text ? s.link / s.text : 1;
    const cls = top.getAttribute('class');
    const bonus = cls && el.getAttribute('class') === cls ? topScore * 0.2 : 0;
    if ((scores.get(el) ?? 0) + bonus >= threshold) out.push(el);
    else if (
      el.tagName === 'P' &&
      ((s.text > 80 && density < 0.25) ||
        (s.text > 0 && s.text <= 80 && density === 0 && /[.!?؟]\s*$/.test(el.textContent ?? '')))
    )
      out.push(el);
  }
  return out;
}

/**
 * Readability's climb: when the best container's ancestors also scored well (the article's paragraphs
 * are spread over several children), the ancestor that gathers them is the article. Stops when an
 * ancestor's score falls below a third of the best.
 *
 * @example promote(ranked[0].el, ranked[0].score, scores, stats, document.body) // it or an ancestor
 */
export function promote(
  top: Element,
  topScore: number,
  scores: Map<Element, number>,
  stats: Map<Element, NodeStats>,
  root: Element,
): Element {
  let best = top;
  let last = topScore;
  // An <article> is a whole story by definition: climbing out of it would gather the neighbours too.
  for (let up = top.parentElement; up && up !== root && top.tagName !== 'ARTICLE'; up = up.parentElement) {
    const score = scores.get(up);
    if (score === undefined) continue;
    if (score < topScore / 3) break;
    if (score > last) {
      best = up;
      break;
    }
    last = score;
  }
  while (best.parentElement && best.parentElement !== root && best.parentElement.children.length === 1)
    best = best.parentElement;
  return gatherer(best, topScore, scores, stats, root) ?? best;
}

/**
 * An ancestor (up to three levels) that holds three times the prose, almost no links and a fair score is
 * the article split into cards or sections, each of which scored on its own.
 */
function gatherer(
  best: Element,
  topScore: number,
  scores: Map<Element, number>,
  stats: Map<Element, NodeStats>,
  root: Element,
): Element | null {
  const prose = (el: Element) => {
    const s = stats.get(el);
    return s ? s.text - s.link : 0;
  };
  let up = best.parentElement;
  for (let level = 0; up && up !== root && level < 3; level++, up = up.parentElement) {
    const s = stats.get(up);
    if (!s || s.link > 0.25 * s.text) return null;
    if ((scores.get(up) ?? 0) >= topScore * 0.5 && prose(up) >= 3 * prose(best)) return up;
  }
  return null;
}

/**
 * The one way the UI builds DOM. Children that are strings become text nodes, so text from articles and
 * from the API can never be parsed as markup: there is no path from data to innerHTML in this UI.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Attrs {
  class?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  lang?: string;
  href?: string;
  rel?: string;
  target?: string;
  title?: string;
  id?: string;
  type?: string;
  role?: string;
  value?: string;
  placeholder?: string;
  for?: string;
  list?: string;
  min?: string;
  scope?: string;
  download?: string;
  /** data-* attributes, set through `dataset` (values are strings, never markup). */
  data?: Record<string, string>;
  /** aria-* attributes without the prefix: `{ label: 'Close' }`. */
  aria?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (ev: HTMLElementEventMap[K]) => void }>;
}

/**
 * @example
 * h('p', { dir: 'auto' }, 'قتل ', h('bdi', {}, '12'), ' شخصا') // <p dir="auto">قتل <bdi>12</bdi> شخصا</p>
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  const { data, aria, on, ...plain } = attrs;
  for (const [name, value] of Object.entries(plain)) {
    if (value !== undefined) el.setAttribute(name, String(value));
  }
  for (const [name, value] of Object.entries(data ?? {})) el.dataset[name] = value;
  for (const [name, value] of Object.entries(aria ?? {})) el.setAttribute(`aria-${name}`, value);
  for (const [name, handler] of Object.entries(on ?? {})) {
    el.addEventListener(name, handler as EventListener);
  }
  append(el, ...children);
  return el;
}

/** Appends children, strings as text nodes. @example append(p, 'قتل ', h('b', {}, '3')) */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces every child of `parent`. @example replaceChildren(list, ...rows) */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** @example svg('rect', { x: 0, y: 0, width: 4, height: 10 }) */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  append(el, ...children);
  return el;
}

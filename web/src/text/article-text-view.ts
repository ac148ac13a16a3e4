// esbuild adds this stylesheet to assets/app.css, beside the text it styles.
import './article-text-view.css';
import { h } from '../dom/h.js';
import { linesOf, segmentText, type Mark, type Segment } from './evidence-segments.js';

export interface ArticleTextOptions {
  /** The article's language: sets the block's direction (Arabic right to left) and `lang` for fonts. */
  language: string | null;
  marks: readonly Mark[];
  /** Wraps a run (already a text node or a <mark>) in something more, e.g. a link to an entity. */
  decorate?: (run: Segment, node: Node) => Node;
  /** A label shown before the first run of each span with this key prefix, e.g. the kind of removed text. */
  labelFor?: (key: string) => string | null;
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'ckb']);

/** Scripts written right to left, by language code (ar, fa, ur …). */
function isRtl(language: string | null | undefined): boolean {
  return RTL_LANGUAGES.has((language ?? '').split('-')[0]);
}

/**
 * Renders article text with its marks as text nodes only. Each line is its own paragraph with
 * `dir="auto"`, so a Latin quote inside an Arabic article keeps its own direction; runs under a mark become
 * `<mark data-fields="k1 k2" data-start="120" class="f-k1 f-k2">` so CSS colours them and views can find a
 * field's words, and the words of one of its spans.
 *
 * @example
 * renderArticleText('قتل 12 شخصا', { language: 'ar', marks: [{ span: [4, 6], key: 'fatalities' }] })
 */
export function renderArticleText(text: string, options: ArticleTextOptions): HTMLElement {
  const block = h('div', {
    class: 'article-text',
    dir: isRtl(options.language) ? 'rtl' : options.language ? 'ltr' : 'auto',
    lang: options.language ?? undefined,
  });
  const labelled = new Set<string>();
  for (const line of linesOf(text, segmentText(text.length, options.marks))) {
    const p = h('p', { dir: 'auto', data: { offset: String(line.start) } });
    for (const run of line.runs) {
      for (const key of run.keys) {
        const label = options.labelFor?.(key);
        const id = `${key}@${spanStartOf(options.marks, key, run.start)}`;
        if (label && !labelled.has(id)) {
          labelled.add(id);
          // <bdi> keeps the interface-language label out of the paragraph's dir="auto" guess.
          p.appendChild(h('bdi', { class: 'run-label', data: { key } }, label));
        }
      }
      const content = text.slice(run.start, run.end);
      const node: Node =
        run.keys.length === 0
          ? document.createTextNode(content)
          : h(
              'mark',
              {
                class: run.keys.map((k) => `f-${cssName(k)}`).join(' '),
                // Where the run starts in the text: a view finds the words of one span among a field's marks.
                data: { fields: run.keys.join(' '), start: String(run.start) },
              },
              content,
            );
      p.appendChild(options.decorate ? options.decorate(run, node) : node);
    }
    block.appendChild(p);
  }
  return block;
}

/** The start of the mark with `key` covering `at`, so a span broken by other marks is labelled once. */
function spanStartOf(marks: readonly Mark[], key: string, at: number): number {
  return marks.find((m) => m.key === key && m.span[0] <= at && at < m.span[1])?.span[0] ?? at;
}

/** `removed:related-links` → `removed-related-links`: a class name without the colon. */
function cssName(key: string): string {
  return key.replace(/[^a-z0-9_-]/gi, '-');
}

// esbuild adds this stylesheet to assets/app.css, beside the page it styles.
import './event-page.css';
import { getEvent } from '../api/api-client.js';
import type { EventArticle, Span, StoredEvent } from '../api/api-types.js';
import { h } from '../dom/h.js';
import { formatPercent, t } from '../i18n/locale.js';
import { removedKindLabel, subTypeLabel, typeLabel } from '../i18n/taxonomy-labels.js';
import { renderArticleText } from '../text/article-text-view.js';
import type { Mark } from '../text/evidence-segments.js';
import { quoteDir } from '../text/text-direction.js';
import { fieldsOf, precisionNote, type EventField } from './event-fields.js';
import { articleHref, entityHref } from '../router.js';
import { placeLabel, typeDot } from './event-summary.js';
import { loadInto } from './page-loader.js';
import { sourceLink } from './source-link.js';
import { exploreHref } from '../state/explore-address.js';

/**
 * The event page: every field beside the article, each field's words highlighted in the text in the
 * field's colour. Choosing a field dims the other highlights and scrolls to its words.
 *
 * @example eventPage(main, 'e-3f2a9c0d1e2b-120')
 */
export function eventPage(root: HTMLElement, id: string): void {
  loadInto(root, async () => {
    const detail = await getEvent(id);
    return render(detail.event, detail.articles[0] ?? emptyArticle(detail.event));
  });
}

/** An event whose article is gone still shows its fields; the text column says there is nothing to show. */
function emptyArticle(event: StoredEvent): EventArticle {
  const { article_id: id, source, published, language } = event;
  return { id, source, published, language, title: null, url: null, text: '', removed: [] };
}

function render(event: StoredEvent, article: EventArticle): HTMLElement {
  const fields = fieldsOf(event);
  const marks: Mark[] = [
    ...article.removed.map((r) => ({ span: r.span, key: `removed:${r.kind}` })),
    ...fields.flatMap((f) => f.spans.map((span) => ({ span, key: f.key }))),
  ];
  const text = renderArticleText(article.text, {
    language: article.language,
    marks,
    labelFor: (key) =>
      key.startsWith('removed:') ? t('removed', { kind: removedKindLabel(key.slice(8)) }) : null,
  });
  let focused: string | null = null;
  /**
   * Highlights a field's words and scrolls the article to them; a second click on the same field shows every
   * highlight again. With `span` (a quote was clicked) the field stays chosen and the article opens at that
   * span's words, so a field told in several places can be followed to each of them.
   */
  const focus = (wanted: string, span?: Span): void => {
    const key = wanted === focused && !span ? null : wanted;
    focused = key;
    text.classList.toggle('focused', key !== null);
    let first: HTMLElement | null = null;
    let ofSpan: HTMLElement | null = null;
    for (const mark of text.querySelectorAll<HTMLElement>('mark[data-fields]')) {
      const on = key !== null && (mark.dataset.fields ?? '').split(' ').includes(key);
      mark.classList.toggle('active', on);
      if (on && !first) first = mark;
      if (on && span && !ofSpan && within(mark, span)) ofSpan = mark;
    }
    const target = ofSpan ?? first;
    if (target) reveal(articleColumn, target, 'asked');
    for (const row of table.querySelectorAll<HTMLElement>('tr[data-field]')) {
      row.classList.toggle('active', row.dataset.field === key);
    }
  };
  const table = h(
    'table',
    { class: 'fields' },
    h('thead', {}, h('tr', {}, h('th', {}, t('field')), h('th', {}, t('value')), h('th', {}, t('evidence')))),
    h('tbody', {}, ...fields.map((f, i) => fieldRow(f, event, article.text, focus, quotedAbove(fields, i)))),
  );
  const type = event.event_type?.value;
  const articleColumn = h(
    'section',
    { class: 'event-article' },
    h(
      'header',
      { class: 'event-article-head' },
      h('h2', { dir: 'auto' }, article.title ?? t('article')),
      h(
        'p',
        { class: 'article-links' },
        h('a', { href: articleHref(article.id) }, t('openArticle')),
        ' · ',
        sourceLink(article.url, article.source),
      ),
    ),
    text,
  );
  // Once the page is in the document: the article column opens on the event's sentences, not the top.
  requestAnimationFrame(() => {
    const sentence = articleColumn.querySelector<HTMLElement>('mark[data-fields~="evidence"]');
    if (sentence) reveal(articleColumn, sentence, 'opening');
  });
  return h(
    'div',
    { class: 'event-page', data: { state: 'ready', id: event.id } },
    h('a', { class: 'back', href: exploreHref() }, t('back')),
    h(
      'h1',
      {},
      typeDot(type),
      type ? typeLabel(type) : '—',
      event.sub_event_type ? ` · ${subTypeLabel(event.sub_event_type.value)}` : '',
    ),
    h(
      'p',
      { class: 'event-meta' },
      ...placeLabel(event.location),
      ' · ',
      h('bdi', {}, event.date?.value ?? t('unknownDate')),
      ` · ${t('confidence')}: `,
      // Isolated, as the date is: where a browser's formatter writes no direction marks around the sign, the
      // bidi algorithm reads "60" after Arabic words as an Arabic number and shows "%60".
      h('bdi', {}, formatPercent(event.confidence)),
    ),
    h('div', { class: 'event-columns' }, h('section', { class: 'event-fields' }, table), articleColumn),
  );
}

/**
 * Brings `mark` into view. On a wide screen the article column is a scrolling panel beside the fields: it
 * scrolls so the words sit near its top, and the window itself never moves (the page's title and the field
 * the reader clicked stay where they were). On a narrow screen, one column, the window scrolls to the words
 * when the reader asked for them, and stays at the top when the page opens.
 */
function reveal(column: HTMLElement, mark: HTMLElement, moment: 'opening' | 'asked'): void {
  const behavior: ScrollBehavior = moment === 'opening' ? 'instant' : 'smooth';
  if (column.scrollHeight > column.clientHeight) {
    const offset = mark.getBoundingClientRect().top - column.getBoundingClientRect().top;
    column.scrollTo({ top: column.scrollTop + offset - column.clientHeight / 4, behavior });
  } else if (moment === 'asked') {
    mark.scrollIntoView({ block: 'center', behavior });
  }
}

/** Whether a mark's words are part of `span` (a mark is a run of the text: it starts inside the span). */
function within(mark: HTMLElement, span: Span): boolean {
  const start = Number(mark.dataset.start);
  return start >= span[0] && start < span[1];
}

/**
 * The field above that quotes exactly the same words, if any: the type, sub-type and timing of an event often rest on
 * the same trigger words, and quoting them three times over buries the fields that differ.
 */
function quotedAbove(fields: EventField[], i: number): EventField | undefined {
  const same = (a: EventField['spans'], b: EventField['spans']) =>
    a.length === b.length && a.every((s, j) => s[0] === b[j][0] && s[1] === b[j][1]);
  const f = fields[i];
  if (f.key === 'evidence' || f.spans.length === 0) return undefined;
  return fields.slice(0, i).find((above) => above.key !== 'evidence' && same(above.spans, f.spans));
}

function fieldRow(
  f: EventField,
  event: StoredEvent,
  text: string,
  focus: (key: string, span?: Span) => void,
  sameAs: EventField | undefined,
): HTMLElement {
  const shown = f.key === 'location' ? placeLabel(event.location) : [h('bdi', {}, f.value)];
  const linked = f.entityId ? h('a', { href: entityHref(f.entityId) }, ...shown) : h('span', {}, ...shown);
  const value =
    f.key === 'location' && event.location
      ? h('span', {}, linked, ' ', h('span', { class: 'muted' }, precisionNote(event.location)))
      : linked;
  const quotes =
    f.key === 'evidence'
      ? []
      : sameAs
        ? [h('span', { class: 'muted basis' }, t('sameWordsAs', { field: t(sameAs.label) }))]
        : f.spans.map((s) => {
            const quoted = text.slice(s[0], s[1]);
            // A quote opens the article at its own words: a field told twice is found in both places.
            return h(
              'button',
              { type: 'button', class: 'quote-jump', on: { click: () => focus(f.key, s) } },
              // Not dir="auto": a bare number would read left-to-right and sit at the left edge of an Arabic page.
              h('q', { dir: quoteDir(quoted), class: `quote f-${f.key}` }, quoted),
            );
          });
  return h(
    'tr',
    { data: { field: f.key } },
    h('th', { scope: 'row' }, h('span', { class: `swatch f-${f.key}` }), t(f.label)),
    h('td', {}, value),
    h(
      'td',
      {},
      f.basis ? h('span', { class: 'muted basis' }, t(f.basis)) : null,
      ...quotes,
      f.spans.length > 0
        ? h(
            'button',
            { type: 'button', class: 'link-button', on: { click: () => focus(f.key) } },
            t('showEvidence'),
          )
        : f.basis
          ? null
          : h('span', { class: 'muted' }, t('noEvidence')),
    ),
  );
}

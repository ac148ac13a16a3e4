// esbuild adds this stylesheet to assets/app.css, beside the page it styles.
import './article-page.css';
import { getArticle } from '../api/api-client.js';
import type { ArticleOutput, Mention, StoredEvent } from '../api/api-types.js';
import { h } from '../dom/h.js';
import { localName } from '../i18n/entity-name.js';
import { languageName, t } from '../i18n/locale.js';
import type { StringKey } from '../i18n/strings.js';
import { removedKindLabel } from '../i18n/taxonomy-labels.js';
import { renderArticleText } from '../text/article-text-view.js';
import type { Mark } from '../text/evidence-segments.js';
import { entityHref } from '../router.js';
import { eventSummary } from './event-summary.js';
import { loadInto } from './page-loader.js';
import { sourceLink } from './source-link.js';
import { exploreHref } from '../state/explore-address.js';

/**
 * The article page: the clean text with removed boilerplate greyed and labelled with its kind, names
 * linked to their entity pages, and the events read from it.
 *
 * @example articlePage(main, 'a-3f2a9c0d1e2b')
 */
export function articlePage(root: HTMLElement, id: string): void {
  loadInto(root, async () => render(await getArticle(id)));
}

function render(article: ArticleOutput): HTMLElement {
  // The sentences events were read from are shaded, so the reader sees what the pipeline used.
  const marks: Mark[] = [
    ...article.events.flatMap((e) => e.evidence.map((span) => ({ span, key: 'evidence' }))),
    ...article.removed.map((r) => ({ span: r.span, key: `removed:${r.kind}` })),
    ...article.mentions.map((m, i) => ({ span: m.span, key: `mention:${i}` })),
  ];
  const text = renderArticleText(article.text, {
    language: article.language,
    marks,
    labelFor: (key) =>
      key.startsWith('removed:') ? t('removed', { kind: removedKindLabel(key.slice(8)) }) : null,
    decorate: (run, node) => {
      const mention = run.keys.find((k) => k.startsWith('mention:'));
      return mention ? mentionLink(article.mentions[Number(mention.slice(8))], node) : node;
    },
  });
  const meta: Array<[string, string | HTMLElement | null | undefined]> = [
    // A crawl's date bounds the publication from above only: it is never shown as the day of publication.
    [t(article.published?.from === 'retrieved' ? 'retrieved' : 'published'), article.published?.value],
    [t('publisher'), article.publisher?.value],
    [t('author'), article.author?.value],
    [t('language'), languageName(article.language)],
    [t('source'), sourceLink(article.url, article.source)],
  ];
  return h(
    'div',
    { class: 'article-page', data: { state: 'ready', id: article.id } },
    h('a', { class: 'back', href: exploreHref() }, t('back')),
    h('h1', { dir: 'auto' }, article.title?.value ?? t('article')),
    h(
      'dl',
      { class: 'article-meta' },
      ...meta
        .filter(([, v]) => v)
        .flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, typeof v === 'string' ? h('bdi', {}, v) : v)]),
    ),
    ...sourceNotes(article).map((note) => h('p', { class: 'source-note', role: 'note' }, note)),
    article.removed.length > 0 && h('p', { class: 'legend muted' }, t('removedLegend')),
    h(
      'div',
      { class: 'event-columns' },
      h('section', {}, h('h2', {}, t('articleText')), text),
      h(
        'section',
        {},
        h('h2', {}, t('events')),
        h('ol', { class: 'event-list' }, ...eventsOf(article).map((e) => h('li', {}, eventSummary(e)))),
      ),
    ),
  );
}

// What a reader must know before trusting the text: it is not the whole page. The server's messages are
// English; the page says them in the interface language, by code.
const NOTE_OF_CODE: Record<string, StringKey> = {
  FEED_TEXT_USED: 'feedTextUsed',
  INPUT_TRUNCATED: 'inputTruncated',
};

function sourceNotes(article: ArticleOutput): string[] {
  return article.diagnostics.flatMap((d) => (NOTE_OF_CODE[d.code] ? [t(NOTE_OF_CODE[d.code])] : []));
}

/** Links a run inside a mention to the entity, titled with its canonical name in the interface language. */
function mentionLink(mention: Mention, node: Node): Node {
  return h('a', { class: 'mention', href: entityHref(mention.entity_id), title: localName(mention) }, node);
}

/** The article's events with the article fields the list rows show, without another request. */
function eventsOf(article: ArticleOutput): StoredEvent[] {
  return article.events.map((e) => ({
    ...e,
    article_id: article.id,
    source: article.source,
    language: article.language,
    published: article.published?.value ?? null,
  }));
}

// esbuild adds this stylesheet to assets/app.css, beside the page it styles.
import './entity-page.css';
import { getEntity } from '../api/api-client.js';
import type { EntitySummary, StoredEvent } from '../api/api-types.js';
import { h } from '../dom/h.js';
import { formatNumber, locale, t } from '../i18n/locale.js';
import { entityKindLabel } from '../i18n/taxonomy-labels.js';
import { eventSummary } from './event-summary.js';
import { loadInto } from './page-loader.js';
import { exploreHref } from '../state/explore-address.js';

/**
 * The entity page: an actor or a place with its names in both languages and the events it takes part in.
 *
 * @example entityPage(main, 'actor:islamic-state')
 */
export function entityPage(root: HTMLElement, id: string): void {
  loadInto(root, async () => {
    const { entity, events } = await getEntity(id);
    return render(entity, events.items);
  });
}

function render(entity: EntitySummary, events: readonly StoredEvent[]): HTMLElement {
  const arabic = entity.names.ar[0];
  // Each list reads in its own language's direction: English names laid out right to left in the Arabic
  // interface put the start of a name that wraps at the far end of the line above its continuation.
  const names = (list: readonly string[], lang: 'en' | 'ar'): HTMLElement =>
    h(
      'dd',
      { lang, dir: lang === 'ar' ? 'rtl' : 'ltr', class: 'names' },
      ...list.flatMap((n, i) => [i ? ' · ' : '', h('bdi', {}, n)]),
    );
  return h(
    'div',
    { class: 'entity-page', data: { state: 'ready', id: entity.id } },
    h('a', { class: 'back', href: exploreHref() }, t('back')),
    h('h1', {}, ...headingNames(entity.name, arabic)),
    h(
      'dl',
      { class: 'article-meta' },
      h('dt', {}, t('kind')),
      h('dd', {}, entityKindLabel(entity.kind)),
      entity.names.en.length > 0 && h('dt', {}, t('namesEn')),
      entity.names.en.length > 0 && names(entity.names.en, 'en'),
      entity.names.ar.length > 0 && h('dt', {}, t('namesAr')),
      entity.names.ar.length > 0 && names(entity.names.ar, 'ar'),
      h('dt', {}, t('articlesCount')),
      h('dd', {}, formatNumber(entity.articles)),
    ),
    h('h2', {}, t('eventsWithEntity'), ` (${formatNumber(entity.events)})`),
    h(
      'p',
      {},
      h('a', { href: `#/?${new URLSearchParams({ entity: entity.id }).toString()}` }, t('showOnMap')),
    ),
    h('ol', { class: 'event-list' }, ...events.map((e) => h('li', {}, eventSummary(e)))),
  );
}

// The name in the interface language leads; the other follows, so the page reads right in either.
function headingNames(english: string, arabic: string | undefined): Array<HTMLElement | string> {
  if (!arabic) return [h('bdi', { lang: 'en' }, english)];
  const [first, second] =
    locale() === 'ar'
      ? [h('bdi', { lang: 'ar' }, arabic), h('bdi', { lang: 'en', class: 'other-name' }, english)]
      : [h('bdi', { lang: 'en' }, english), h('bdi', { lang: 'ar', class: 'other-name' }, arabic)];
  return [first, ' · ', second];
}

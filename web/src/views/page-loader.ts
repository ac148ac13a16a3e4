import { h, replaceChildren } from '../dom/h.js';
import { t } from '../i18n/locale.js';
import { exploreHref } from '../state/explore-address.js';
import { loadFailureMessage } from './load-failure.js';

/**
 * Shows "loading" in `root`, then the page `build` makes, or a message the reader can act on (see
 * loadFailureMessage). `data-state` lets the browser tests wait for it.
 *
 * @example loadInto(main, async () => renderEntity(await getEntity(id)))
 */
export function loadInto(root: HTMLElement, build: () => Promise<HTMLElement>): void {
  replaceChildren(root, h('p', { class: 'loading', data: { state: 'loading' } }, t('loading')));
  build()
    .then((page) => replaceChildren(root, page))
    .catch((err: unknown) => replaceChildren(root, pageNotice(loadFailureMessage(err))));
}

/**
 * What stands in place of a page that cannot be shown: the reason, and the way back to the map.
 *
 * @example replaceChildren(main, pageNotice(t('noSuchPage')))
 */
export function pageNotice(message: string): HTMLElement {
  return h(
    'div',
    { class: 'page-error', data: { state: 'error' } },
    h('p', {}, message),
    h('a', { class: 'back', href: exploreHref() }, t('back')),
  );
}

import { ApiError } from '../api/api-client.js';
import { h, replaceChildren } from '../dom/h.js';
import { t } from '../i18n/locale.js';
import { exploreHref } from '../state/explore-address.js';

/**
 * Shows "loading" in `root`, then the page `build` makes, or a message the reader can act on: "nothing has
 * that id" for a 404, the error's own message otherwise. `data-state` lets the browser tests wait for it.
 *
 * @example loadInto(main, async () => renderEntity(await getEntity(id)))
 */
export function loadInto(root: HTMLElement, build: () => Promise<HTMLElement>): void {
  replaceChildren(root, h('p', { class: 'loading', data: { state: 'loading' } }, t('loading')));
  build()
    .then((page) => replaceChildren(root, page))
    .catch((err: unknown) => {
      const message =
        err instanceof ApiError && err.status === 404
          ? t('notFound')
          : t('loadFailed', { msg: String((err as Error).message) });
      replaceChildren(
        root,
        h(
          'div',
          { class: 'page-error', data: { state: 'error' } },
          h('p', {}, message),
          h('a', { class: 'back', href: exploreHref() }, t('back')),
        ),
      );
    });
}

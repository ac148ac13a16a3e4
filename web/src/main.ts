// esbuild emits the imported stylesheet as assets/app.css beside the bundle.
import './app.css';
import { KEY_NEEDED } from './api/access-key.js';
import { h, replaceChildren } from './dom/h.js';
import { initLocale, locale, onLocaleChange, setLocale, t } from './i18n/locale.js';
import { parseRoute } from './router.js';
import { filtersFromParams, refusedDays } from './state/filter-state.js';
import { articlePage } from './views/article-page.js';
import { entityPage } from './views/entity-page.js';
import { eventPage } from './views/event-page.js';
import { explorePage } from './views/explore-page.js';
import { keyForm } from './views/key-form.js';
import { pageNotice } from './views/page-loader.js';

/** The shell: a header with the language switch, room for the key form, and the page the address names. */
function renderShell(root: HTMLElement): HTMLElement {
  const main = h('main', { id: 'main' });
  const toggle = h(
    'button',
    {
      type: 'button',
      id: 'language-switch',
      lang: locale() === 'ar' ? 'en' : 'ar',
      on: { click: () => setLocale(locale() === 'ar' ? 'en' : 'ar') },
    },
    t('switchLanguage'),
  );
  replaceChildren(
    root,
    h(
      'header',
      { class: 'top' },
      h('a', { class: 'brand', href: '#/' }, t('appName')),
      h('span', { class: 'tagline' }, t('tagline')),
      h('nav', {}, h('a', { href: '#/' }, t('explore'))),
      toggle,
    ),
    h('div', { id: 'key-slot' }),
    main,
  );
  return main;
}

function renderPage(root: HTMLElement): void {
  document.title = t('appName');
  const main = renderShell(root);
  const route = parseRoute(location.hash);
  if (route.page === 'explore') explorePage(main, filtersFromParams(route.params), refusedDays(route.params));
  else if (route.page === 'event') eventPage(main, route.id);
  else if (route.page === 'article') articlePage(main, route.id);
  else if (route.page === 'entity') entityPage(main, route.id);
  else replaceChildren(main, pageNotice(t('noSuchPage')));
}

/** Asks for a key once per page, however many of its requests the server refused. */
function askForKey(root: HTMLElement, refused: boolean): void {
  const slot = document.getElementById('key-slot');
  if (!slot || slot.firstChild) return;
  replaceChildren(
    slot,
    keyForm(refused, () => renderPage(root)),
  );
  document.getElementById('api-key')?.focus();
}

const root = document.getElementById('app');
if (root) {
  initLocale();
  onLocaleChange(() => renderPage(root));
  window.addEventListener(KEY_NEEDED, (ev) =>
    askForKey(root, Boolean((ev as CustomEvent<{ refused: boolean }>).detail?.refused)),
  );
  window.addEventListener('hashchange', () => renderPage(root));
  renderPage(root);
}

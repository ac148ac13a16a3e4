// esbuild adds this stylesheet to assets/app.css, beside the links it styles.
import './export-links.css';
import { fetchDownload } from '../api/api-client.js';
import { h } from '../dom/h.js';
import { t } from '../i18n/locale.js';
import { filtersToParams, type Filters } from '../state/filter-state.js';
import { loadFailureMessage } from './load-failure.js';

/** Each format, its label, and the file name's extension the server's attachment gives it. */
const FORMATS = [
  ['csv', 'CSV', 'csv'],
  ['geojson', 'GeoJSON', 'geojson'],
  ['stix', 'STIX 2.1', 'stix.json'],
  ['jsonl', 'JSON Lines', 'jsonl'],
] as const;

export interface ExportLinks {
  element: HTMLElement;
  /** Points every link at the events the filters select. */
  update(filters: Filters): void;
}

/**
 * Downloads of exactly what the reader is looking at: the API's export with the page's filters. A click
 * fetches the file with the reader's key instead of following the link, so a server that asks for a key
 * gets one, or the reader is asked for it as every other call asks, not shown the refusal.
 *
 * @example const links = exportLinks(); list.prepend(links.element); links.update({ country: 'SY' })
 */
export function exportLinks(): ExportLinks {
  const failure = h('span', { class: 'export-failure', role: 'status' });
  const links = FORMATS.map(([format, label, extension]) =>
    h(
      'a',
      {
        class: 'export-link',
        data: { format },
        download: `marsad-events.${extension}`,
        on: { click: (ev) => downloadWithKey(ev, failure) },
      },
      label,
    ),
  );
  const element = h(
    'p',
    { class: 'export-links' },
    `${t('export')}: `,
    ...links.flatMap((link, i) => (i ? [' · ', link] : [link])),
    failure,
  );
  return {
    element,
    update(filters) {
      for (const link of links) {
        const params = filtersToParams(filters);
        params.set('format', link.dataset.format ?? 'csv');
        link.href = `api/export?${params.toString()}`;
      }
    },
  };
}

/**
 * Follows the link as the browser would, but with the reader's key when one was given. With none it is
 * fetched too: only the answer tells whether the server wants one (a key may have been made since the page
 * loaded), and a refusal followed as a link would show the reader the API's JSON.
 */
function downloadWithKey(ev: MouseEvent, failure: HTMLElement): void {
  const link = ev.currentTarget as HTMLAnchorElement;
  ev.preventDefault();
  failure.textContent = '';
  fetchDownload(link.href)
    .then(({ file, name }) => {
      const address = URL.createObjectURL(file);
      // The server's name keeps the ending tools look for (a STIX bundle is .stix.json).
      h('a', { href: address, download: name ?? link.download }).click();
      setTimeout(() => URL.revokeObjectURL(address), 60_000);
    })
    .catch((err: unknown) => {
      failure.textContent = ` ${loadFailureMessage(err)}`;
    });
}

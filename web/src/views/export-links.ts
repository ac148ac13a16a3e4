// esbuild adds this stylesheet to assets/app.css, beside the links it styles.
import './export-links.css';
import { h } from '../dom/h.js';
import { t } from '../i18n/locale.js';
import { filtersToParams, type Filters } from '../state/filter-state.js';

const FORMATS = [
  ['csv', 'CSV'],
  ['geojson', 'GeoJSON'],
  ['stix', 'STIX 2.1'],
  ['jsonl', 'JSON Lines'],
] as const;

export interface ExportLinks {
  element: HTMLElement;
  /** Points every link at the events the filters select. */
  update(filters: Filters): void;
}

/**
 * Downloads of exactly what the reader is looking at: the API's export with the page's filters.
 *
 * @example const links = exportLinks(); list.prepend(links.element); links.update({ country: 'SY' })
 */
export function exportLinks(): ExportLinks {
  const links = FORMATS.map(([format, label]) =>
    h('a', { class: 'export-link', data: { format }, download: `marsad-events.${format}` }, label),
  );
  const element = h(
    'p',
    { class: 'export-links' },
    `${t('export')}: `,
    ...links.flatMap((link, i) => (i ? [' · ', link] : [link])),
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

// esbuild adds this stylesheet to assets/app.css, beside the legend it styles.
import './type-legend.css';
import L from 'leaflet';
import { EVENT_TYPES } from '../../../src/core/taxonomy.js';
import { h } from '../dom/h.js';
import { locale, t } from '../i18n/locale.js';
import { typeLabel } from '../i18n/taxonomy-labels.js';
import { TYPE_COLOURS } from './type-colours.js';

/** Below this width the map is a strip of the phone's screen and an open legend would hide its points. */
const NARROW = '(max-width: 900px)';

/**
 * The key to the map's colours: one row per ACLED event type, and the hollow point of a place known only
 * at region or country level, in the interface language. It folds into its title on a narrow screen, where
 * it would cover the clusters in its corner, and opens when the reader taps it. The map container stays
 * left-to-right for Leaflet, so the legend sets its own direction. Returns the legend, which the map
 * measures to keep its points out from under it.
 *
 * @example const legend = addTypeLegend(map)
 */
export function addTypeLegend(map: L.Map): HTMLElement {
  const legend = new L.Control({ position: 'bottomleft' });
  const key = h(
    'details',
    { class: 'type-legend', dir: locale() === 'ar' ? 'rtl' : 'ltr' },
    h('summary', {}, t('legend')),
    ...EVENT_TYPES.map((type) => {
      const dot = h('span', { class: 'type-dot', aria: { hidden: 'true' } });
      dot.style.background = TYPE_COLOURS[type];
      return h('div', { class: 'type-legend-row' }, dot, typeLabel(type));
    }),
    h(
      'div',
      { class: 'type-legend-row' },
      h('span', { class: 'type-dot coarse', aria: { hidden: 'true' } }),
      t('coarsePlace'),
    ),
  );
  key.open = !window.matchMedia(NARROW).matches;
  // A tap on the legend opens or closes it; it must not also reach the map beneath.
  L.DomEvent.disableClickPropagation(key);
  legend.onAdd = () => key;
  legend.addTo(map);
  return key;
}

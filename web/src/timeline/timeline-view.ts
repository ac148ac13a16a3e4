// esbuild adds this stylesheet to assets/app.css, beside the timeline it styles.
import './timeline-view.css';
import { h, svg, replaceChildren } from '../dom/h.js';
import { formatNumber, t, tn } from '../i18n/locale.js';
import { binDays, daysPerBar, focusDays, rangeOfBins, type DayBin } from './day-bins.js';

export interface DateRange {
  since?: string;
  until?: string;
}

export interface Timeline {
  /** Redraws the bars for these per-day counts and shades the selected range. */
  update(byDay: readonly { key: string; count: number }[], selected: DateRange): void;
}

const MAX_BARS = 120;
const MIN_DAYS = 15;
const W = 1000;
const H = 100;

/**
 * A histogram of events per day; dragging across it selects a date range (a click selects one bar), and
 * so do the arrow keys with shift, then Enter.
 * Time runs left to right in both interface languages, as on the axis of any chart the analyst reads.
 *
 * @example const tl = createTimeline(el, (range) => setFilters({ ...filters, ...range })); tl.update(stats.byDay, {})
 */
export function createTimeline(container: HTMLElement, onBrush: (range: DateRange) => void): Timeline {
  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    preserveAspectRatio: 'none',
    class: 'timeline-chart',
  });
  // Focusable so the keyboard can select dates too: arrows move, shift+arrows extend, Enter applies.
  chart.setAttribute('role', 'group');
  chart.setAttribute('tabindex', '0');
  const axis = h('div', { class: 'timeline-axis', dir: 'ltr' });
  const clear = h('button', { type: 'button', class: 'link-button', on: { click: () => onBrush({}) } });
  const caption = h('div', { class: 'timeline-caption' });
  const maxLabel = h('span', { class: 'timeline-max' });
  // aria-valuetext is read on range widgets only: the keyboard's selection is spoken from a live region.
  const spoken = h('span', { class: 'visually-hidden' });
  spoken.setAttribute('aria-live', 'polite');
  replaceChildren(
    container,
    caption,
    h('div', { class: 'timeline-frame', dir: 'ltr' }, chart, maxLabel, spoken),
    axis,
  );
  let bins: DayBin[] = [];
  let dragFrom: number | null = null;
  const shade = svg('rect', { class: 'timeline-brush', y: 0, height: H, x: 0, width: 0 });

  const binAt = (clientX: number): number => {
    const box = chart.getBoundingClientRect();
    return Math.floor(((clientX - box.left) / box.width) * bins.length);
  };
  const showShade = (a: number, b: number): void => {
    const bw = W / bins.length;
    const lo = Math.max(0, Math.min(a, b));
    const hi = Math.min(bins.length - 1, Math.max(a, b));
    shade.setAttribute('x', String(lo * bw));
    shade.setAttribute('width', String((hi - lo + 1) * bw));
  };

  chart.addEventListener('pointerdown', (ev) => {
    if (bins.length === 0) return;
    dragFrom = binAt(ev.clientX);
    chart.setPointerCapture(ev.pointerId);
    showShade(dragFrom, dragFrom);
  });
  chart.addEventListener('pointermove', (ev) => {
    if (dragFrom !== null) showShade(dragFrom, binAt(ev.clientX));
  });
  chart.addEventListener('pointerup', (ev) => {
    if (dragFrom === null) return;
    const range = rangeOfBins(bins, dragFrom, binAt(ev.clientX));
    dragFrom = null;
    onBrush(range);
  });

  // The keyboard's selection: the bar it started on and the bar it is on now.
  let keyFrom: number | null = null;
  let keyAt = 0;
  chart.addEventListener('keydown', (ev) => {
    if (bins.length === 0) return;
    const last = bins.length - 1;
    const step = { ArrowLeft: -1, ArrowRight: 1 }[ev.key];
    if (step !== undefined || ev.key === 'Home' || ev.key === 'End') {
      ev.preventDefault();
      if (ev.key === 'Home') keyAt = 0;
      else if (ev.key === 'End') keyAt = last;
      else if (keyFrom === null) keyAt = step === -1 ? last : 0;
      else keyAt = Math.max(0, Math.min(last, keyAt + (step ?? 0)));
      if (keyFrom === null || !ev.shiftKey) keyFrom = keyAt;
      showShade(keyFrom, keyAt);
      spoken.textContent = rangeLabel(rangeOfBins(bins, keyFrom, keyAt));
    } else if (ev.key === 'Enter' && keyFrom !== null) {
      ev.preventDefault();
      const range = rangeOfBins(bins, keyFrom, keyAt);
      keyFrom = null;
      onBrush(range);
    } else if (ev.key === 'Escape') {
      keyFrom = null;
      onBrush({});
    }
  });
  chart.addEventListener('blur', () => (keyFrom = null));

  return {
    update(byDay, selected) {
      const focused = focusDays(byDay);
      bins = binDays(focused.rows, MAX_BARS, MIN_DAYS);
      const max = Math.max(1, ...bins.map((b) => b.count));
      const bw = W / Math.max(1, bins.length);
      const bars = bins.map((bin, i) => {
        const height = (bin.count / max) * (H - 4);
        const inRange =
          (!selected.since || bin.end >= selected.since) && (!selected.until || bin.start <= selected.until);
        const label = bin.start === bin.end ? bin.start : `${bin.start} – ${bin.end}`;
        return svg(
          'rect',
          {
            x: i * bw + bw * 0.07,
            y: H - height,
            width: Math.max(1, bw * 0.86),
            height,
            class: inRange ? 'bar' : 'bar bar-out',
            'data-start': bin.start,
            'data-end': bin.end,
          },
          svg('title', {}, `${label}: ${bin.count}`),
        );
      });
      shade.setAttribute('width', '0');
      replaceChildren(chart, ...bars, shade);
      if (bins.length > 0 && (selected.since || selected.until)) {
        const lo = bins.findIndex((b) => !selected.since || b.end >= selected.since);
        const hi = bins.findLastIndex((b) => !selected.until || b.start <= selected.until);
        if (lo !== -1 && hi >= lo) showShade(lo, hi);
      }
      // An empty chart under "drag to select dates" reads as a chart that failed to load.
      const title = bins.length > 0 ? tn('timeline', daysPerBar(bins)) : t('nothingToChart');
      chart.setAttribute('aria-label', `${title}. ${t('timelineKeys')}`);
      maxLabel.textContent = bins.length ? formatNumber(max) : '';
      clear.textContent = t('clearDates');
      const range = selected.since || selected.until ? rangeLabel(selected) : '';
      replaceChildren(
        caption,
        h('span', {}, title),
        range && h('bdi', { class: 'timeline-range' }, range),
        range && clear,
        focused.earlier > 0 &&
          h(
            'span',
            { class: 'timeline-off' },
            t('earlierOffAxis', { events: tn('events', focused.earlier) }),
          ),
        focused.later > 0 &&
          h('span', { class: 'timeline-off' }, t('laterOffAxis', { events: tn('events', focused.later) })),
      );
      replaceChildren(
        axis,
        h('span', {}, bins[0]?.start ?? ''),
        h('span', {}, bins[bins.length - 1]?.end ?? ''),
      );
    },
  };
}

function rangeLabel(range: DateRange): string {
  return `${range.since ?? '…'} – ${range.until ?? '…'}`;
}

// esbuild adds this stylesheet to assets/app.css, beside the filters it styles.
import './filter-bar.css';
import { ACLED_TAXONOMY, EVENT_TYPES, type EventType } from '../../../src/core/taxonomy.js';
import { h, replaceChildren } from '../dom/h.js';
import { t, tn } from '../i18n/locale.js';
import type { StringKey } from '../i18n/strings.js';
import { subTypeLabel, typeLabel } from '../i18n/taxonomy-labels.js';
import { isoDay, type DayParams, type Filters } from '../state/filter-state.js';
import { actorSuggestions } from './actor-suggestions.js';
import { countryOptions } from './country-options.js';
import { entityChip } from './entity-chip.js';

/** How long the reader pauses in the text field before what they typed is searched. */
const TYPING_PAUSE_MS = 600;
/** Below this width the filters come before the map in one column: open, they would fill the first screen. */
const NARROW = '(max-width: 900px)';

export interface FilterBar {
  /** Shows filters changed elsewhere (a brush on the timeline) without firing `onChange`. */
  show(filters: Filters): void;
  /** The countries to offer, as ISO codes; listed by name in the interface language. */
  setCountries(codes: readonly string[]): void;
}

export interface FilterBarOptions {
  initial: Filters;
  /** Days the address gave that are not on the calendar: shown in their fields, flagged, and not applied. */
  refused?: DayParams;
  followMap: boolean;
  onChange(filters: Filters): void;
  onFollowMap(follow: boolean): void;
}

/**
 * The explore page's filter form: country, type and sub-type, actor (with suggestions from the
 * knowledge base in both languages), timing, dates, fatalities and free text.
 *
 * @example createFilterBar(aside, { initial: {}, followMap: false, onChange, onFollowMap }).setCountries(['IQ'])
 */
export function createFilterBar(container: HTMLElement, options: FilterBarOptions): FilterBar {
  let filters: Filters = { ...options.initial };
  const country = select('country', [['', t('anyCountry')]]);
  const type = select('type', [['', t('anyType')], ...EVENT_TYPES.map((ty) => opt(ty, typeLabel(ty)))]);
  const subType = select('sub_type', []);
  const timing = select('timing', [
    ['', t('anyTiming')],
    opt('current', t('current')),
    opt('historical', t('historical')),
  ]);
  const actor = input('actor', 'search', t('actorPlaceholder'));
  const since = dayInput('since');
  const until = dayInput('until');
  const q = input('q', 'search', t('textPlaceholder'));
  q.title = t('textHint');
  const minFatalities = input('min_fatalities', 'number');
  minFatalities.min = '0';
  const setCount = h('span', { class: 'filters-set' });
  /** The filters the reader chose, counted beside the title: folded on a phone, it says some apply. */
  const countSet = (): void => {
    const set = Object.keys(filters).filter((key) => key !== 'bbox').length;
    setCount.textContent = set > 0 ? tn('filtersSet', set) : '';
  };
  const apply = (next: Filters): void => {
    filters = next;
    countSet();
    options.onChange(filters);
  };
  const reset = (): void => {
    show({ bbox: filters.bbox });
    apply(read());
  };
  const follow = h('input', { type: 'checkbox', id: 'filter-follow-map' });
  follow.checked = options.followMap;
  follow.addEventListener('change', () => options.onFollowMap(follow.checked));

  const fillSubTypes = (): void => {
    const subs = type.value ? ACLED_TAXONOMY[type.value as EventType] : [];
    replaceChildren(
      subType,
      h('option', { value: '' }, '—'),
      ...subs.map((s) => h('option', { value: s }, subTypeLabel(s))),
    );
    subType.disabled = subs.length === 0;
  };

  const read = (): Filters => {
    const min = minFatalities.value === '' ? undefined : Math.max(0, Math.floor(Number(minFatalities.value)));
    const next: Filters = {
      country: country.value || undefined,
      type: type.value || undefined,
      sub_type: subType.value || undefined,
      actor: actor.value.trim() || undefined,
      timing: (timing.value || undefined) as Filters['timing'],
      since: dayOf(since, filters.since),
      until: dayOf(until, filters.until),
      min_fatalities: Number.isFinite(min) ? min : undefined,
      q: q.value.trim() || undefined,
      entity: filters.entity,
      bbox: filters.bbox,
    };
    return Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as Filters;
  };

  const chip = entityChip(() => {
    const next = read();
    delete next.entity;
    chip.show(undefined);
    apply(next);
  });
  const show = (f: Filters): void => {
    filters = { ...f };
    countSet();
    chip.show(f.entity);
    country.value = f.country ?? '';
    type.value = f.type ?? '';
    fillSubTypes();
    subType.value = f.sub_type ?? '';
    actor.value = f.actor ?? '';
    timing.value = f.timing ?? '';
    since.value = f.since ?? '';
    until.value = f.until ?? '';
    // Days set from the address or the timeline are ISO already: this clears a mark left by a bad day typed.
    dayOf(since, f.since);
    dayOf(until, f.until);
    minFatalities.value = f.min_fatalities === undefined ? '' : String(f.min_fatalities);
    q.value = f.q ?? '';
  };

  const summary = h('summary', {}, h('h2', {}, t('filters')), ' ', setCount);
  const fold = h(
    'details',
    { class: 'filter-fold' },
    summary,
    chip.element,
    field('country', country),
    field('eventType', type),
    field('subEventType', subType),
    field('actor', actor, actorSuggestions(actor)),
    field('timing', timing),
    h('div', { class: 'field-row' }, field('since', since), field('until', until)),
    field('minFatalities', minFatalities),
    field('text', q),
    h('label', { class: 'check' }, follow, t('onlyMapView')),
    h('button', { type: 'button', class: 'secondary', on: { click: reset } }, t('reset')),
  );
  // On a phone the filters fold into their title, so the map and the events are on the first screen; beside
  // the map they stay open, and the title is a heading, not a stop of the Tab key.
  fold.open = !window.matchMedia(NARROW).matches;
  if (fold.open) summary.tabIndex = -1;
  const form = h(
    'form',
    { class: 'filter-bar', role: 'search', on: { submit: (ev) => ev.preventDefault() } },
    fold,
  );
  // Free text applies once the reader pauses, as a search box does; Enter or leaving the field applies at once.
  let typing: ReturnType<typeof setTimeout> | undefined;
  q.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      const next = read();
      if (next.q === filters.q) return;
      apply(next);
    }, TYPING_PAUSE_MS);
  });
  form.addEventListener('change', (ev) => {
    if (ev.target === follow) return;
    clearTimeout(typing);
    if (ev.target === type) subType.value = '';
    if (ev.target === type) fillSubTypes();
    const next = read();
    // Text typed and already applied after a pause changes nothing when the field is left.
    if (ev.target === q && next.q === filters.q) return;
    apply(next);
  });
  replaceChildren(container, form);
  show(filters);
  flagRefused(options.refused ?? {}, { since, until });
  return {
    show,
    setCountries(codes) {
      replaceChildren(
        country,
        ...countryOptions(codes, filters.country).map(([value, label]) => h('option', { value }, label)),
      );
      country.value = filters.country ?? '';
    },
  };
}

function field(label: StringKey, control: HTMLElement, ...extra: HTMLElement[]): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: control.id }, t(label)), control, ...extra);
}

function select(name: string, options: Array<[string, string]>): HTMLSelectElement {
  return h(
    'select',
    { id: `filter-${name}`, data: { filter: name } },
    ...options.map(([value, label]) => h('option', { value }, label)),
  );
}

function opt(value: string, label: string): [string, string] {
  return [value, label];
}

/**
 * A date field that shows and takes ISO days (2024-03-05) in both interface languages: a browser's own
 * date field shows the browser's locale order (03/05/2024 or 05/03/2024), which a reader cannot tell apart.
 */
function dayInput(name: 'since' | 'until'): HTMLInputElement {
  const field = input(name, 'text', 'YYYY-MM-DD');
  Object.assign(field, { dir: 'ltr', inputMode: 'numeric', autocomplete: 'off', spellcheck: false });
  return field;
}

/**
 * Writes each refused day of a shared link into its field and says why it was left out, as a bad day
 * typed there is flagged: the reader sees the link's range was not applied instead of a silently wider list.
 */
function flagRefused(refused: DayParams, fields: Record<keyof DayParams, HTMLInputElement>): void {
  for (const key of ['since', 'until'] as const) {
    const typed = refused[key];
    if (typed === undefined) continue;
    fields[key].value = typed;
    dayOf(fields[key], undefined);
    fields[key].reportValidity();
  }
}

/** The field's day as ISO, written back into it; a day that cannot be read is flagged and `kept` stays. */
function dayOf(field: HTMLInputElement, kept: string | undefined): string | undefined {
  const day = isoDay(field.value);
  field.setAttribute('aria-invalid', String(day === null));
  field.setCustomValidity(day === null ? t('badDay') : '');
  if (day === null) return kept;
  field.value = day;
  return day || undefined;
}

function input(name: string, type: string, placeholder?: string): HTMLInputElement {
  return h('input', { id: `filter-${name}`, type, placeholder, data: { filter: name } });
}

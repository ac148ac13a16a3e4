// esbuild adds this stylesheet to assets/app.css, beside the summary it styles.
import './event-summary.css';
import type { StoredEvent } from '../api/api-types.js';
import { h } from '../dom/h.js';
import { localName, nameLang, showsOwnName } from '../i18n/entity-name.js';
import { countryName, formatNumber, locale, t } from '../i18n/locale.js';
import { subTypeLabel, typeLabel } from '../i18n/taxonomy-labels.js';
import { colourOf } from '../map/type-colours.js';
import { eventHref } from '../router.js';

/** A coloured dot in the event type's colour, for lists and legends. @example h1.append(typeDot('Riots')) */
export function typeDot(type: string | null | undefined): HTMLElement {
  const dot = h('span', { class: 'type-dot', aria: { hidden: 'true' } });
  dot.style.background = colourOf(type);
  return dot;
}

/**
 * A place as "name, country" (a country alone by its name), each part isolated so an English name beside an Arabic country name (or
 * the reverse) keeps its own direction; the comma follows the interface language.
 *
 * @example h('span', {}, ...placeLabel(event.location))
 */
export function placeLabel(place: StoredEvent['location']): Array<Node | string> {
  if (!place) return [t('unknownPlace')];
  const country = countryName(place.country);
  const parts = [
    (showsOwnName(place) || !country) &&
      h('bdi', { lang: nameLang(place), class: 'place-name' }, localName(place)),
    country && h('bdi', {}, country),
  ].filter((part): part is HTMLElement => Boolean(part));
  return parts.flatMap((part, i) => (i ? [locale() === 'ar' ? '، ' : ', ', part] : [part]));
}

/**
 * The sides to show, initiator first. A target with no initiator named keeps an "unidentified" first side: shown alone, the
 * target reads as the doer ("Police Forces of Syria" under a bombing that struck them).
 */
function actorSides(e: StoredEvent): Array<StoredEvent['actor1']> {
  if (e.actor2) return [e.actor1, e.actor2];
  return e.actor1 ? [e.actor1] : [];
}

/**
 * One event as a line of a list: type, place, date, actors, fatalities. Names from articles sit in
 * <bdi> so an Arabic name in an English interface (or the reverse) does not reorder its neighbours.
 *
 * @example list.append(eventSummary(event))
 */
export function eventSummary(e: StoredEvent): HTMLElement {
  const type = e.event_type?.value;
  const actors = actorSides(e);
  return h(
    'a',
    { class: 'event-summary', href: eventHref(e.id), data: { id: e.id } },
    typeDot(type),
    h(
      'span',
      { class: 'event-summary-body' },
      h(
        'span',
        { class: 'event-summary-title' },
        type ? typeLabel(type) : '—',
        e.sub_event_type ? ` · ${subTypeLabel(e.sub_event_type.value)}` : '',
      ),
      h(
        'span',
        { class: 'event-summary-meta' },
        ...placeLabel(e.location),
        ' · ',
        // A day broken at its hyphens ("2015-08-" above "10") reads as two values, worse still right to left.
        h('bdi', { class: 'nowrap' }, e.date?.value ?? t('unknownDate')),
        e.fatalities && ' · ',
        // One unit: "at least 12" split over two lines reads as two facts.
        e.fatalities &&
          h(
            'span',
            { class: 'nowrap' },
            `${t('fatalities')}: ${t(e.fatalities.qualifier)}${formatNumber(e.fatalities.value)}`,
          ),
      ),
      actors.length > 0 &&
        h(
          'span',
          { class: 'event-summary-actors' },
          ...actors.flatMap((a, i) => [
            i ? ' ⟷ ' : '',
            a ? h('bdi', { lang: nameLang(a) }, localName(a)) : h('i', {}, t('unnamedActor')),
          ]),
        ),
    ),
  );
}

import type { ActorRef, DateRef, EventRecord, PlaceRef, Span } from '../api/api-types.js';
import { localName } from '../i18n/entity-name.js';
import { formatNumber, t } from '../i18n/locale.js';
import type { StringKey } from '../i18n/strings.js';
import { subTypeLabel, typeLabel } from '../i18n/taxonomy-labels.js';

const PRECISION_LABEL: Record<PlaceRef['precision'], StringKey> = {
  site: 'site',
  town: 'town',
  district: 'district',
  region: 'region',
  country: 'countryLevel',
};

/**
 * How finely a place is known, as the reader reads it beside the place: a pin at country level is not the
 * capital's, nor a region's its main town's.
 *
 * @example precisionNote({ precision: 'country' }) === '(country level)'
 */
export function precisionNote(place: Pick<PlaceRef, 'precision'>): string {
  return `(${t(PRECISION_LABEL[place.precision])})`;
}

/** One row of the event page: a field, its value as the reader sees it, and the spans behind it. */
export interface EventField {
  /** Also the highlight key in the article text (`mark[data-fields~=key]`) and the colour class `f-key`. */
  key: string;
  label: StringKey;
  value: string;
  spans: Span[];
  /** Knowledge-base entity the value resolved to, for a link to its page. */
  entityId?: string | null;
  /**
   * Where the value came from when no words of the incident give it (the record's `basis`): without it a
   * date with no span, or a side no words name, reads as made up.
   */
  basis?: StringKey;
}

/** Every basis the output format allows (src/core/records.ts): a new one is a type error until it is worded. */
type Basis = NonNullable<DateRef['basis'] | ActorRef['basis']>;

const BASIS_NOTE: Record<Basis, StringKey> = {
  'publication date': 'basisPublicationDate',
  'retrieval date': 'basisRetrievalDate',
  'preceding incident': 'basisPrecedingIncident',
  'report lead': 'basisReportLead',
  'days before told': 'basisDaysBeforeTold',
  'people harmed': 'basisPeopleHarmed',
};

/**
 * Every field of an event with its evidence, in the order an analyst checks them: what, when, where,
 * who, how many. Missing fields are left out rather than shown empty.
 *
 * @example fieldsOf(event).find((f) => f.key === 'fatalities')?.spans // [[120, 131]]
 */
export function fieldsOf(e: EventRecord): EventField[] {
  const rows: Array<EventField | null> = [
    e.event_type && {
      key: 'event_type',
      label: 'eventType',
      value: typeLabel(e.event_type.value),
      spans: e.event_type.spans,
    },
    e.sub_event_type && {
      key: 'sub_event_type',
      label: 'subEventType',
      value: subTypeLabel(e.sub_event_type.value),
      spans: e.sub_event_type.spans,
    },
    e.date && {
      key: 'date',
      label: 'date',
      value: `${e.date.value} (${t(e.date.precision)})`,
      spans: e.date.spans,
      basis: basisOf(e.date),
    },
    e.timing && { key: 'timing', label: 'timing', value: t(e.timing.value), spans: e.timing.spans },
    e.location && {
      key: 'location',
      label: 'location',
      value: localName(e.location),
      spans: e.location.spans,
      entityId: e.location.entity_id,
    },
    e.actor1 && {
      key: 'actor1',
      label: 'actor1',
      value: localName(e.actor1),
      spans: e.actor1.spans,
      entityId: e.actor1.entity_id,
      basis: basisOf(e.actor1),
    },
    e.actor2 && {
      key: 'actor2',
      label: 'actor2',
      value: localName(e.actor2),
      spans: e.actor2.spans,
      entityId: e.actor2.entity_id,
      basis: basisOf(e.actor2),
    },
    e.claimed_by && {
      key: 'claimed_by',
      label: 'claimedBy',
      value: localName(e.claimed_by),
      spans: e.claimed_by.spans,
      entityId: e.claimed_by.entity_id,
      basis: basisOf(e.claimed_by),
    },
    e.fatalities && {
      key: 'fatalities',
      label: 'fatalities',
      value: countText(e.fatalities),
      spans: e.fatalities.spans,
    },
    e.injuries && {
      key: 'injuries',
      label: 'injuries',
      value: countText(e.injuries),
      spans: e.injuries.spans,
    },
  ];
  return [
    ...rows.filter((r): r is EventField => r !== null),
    { key: 'evidence', label: 'sentences', value: formatNumber(e.evidence.length), spans: e.evidence },
  ];
}

function basisOf(field: { basis?: Basis }): StringKey | undefined {
  return field.basis === undefined ? undefined : BASIS_NOTE[field.basis];
}

function countText(count: NonNullable<EventRecord['fatalities']>): string {
  return `${t(count.qualifier)}${formatNumber(count.value)}`;
}

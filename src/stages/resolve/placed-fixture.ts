import type { EventRecord, PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { SubEventType } from '../../core/taxonomy.js';
import { eventTypeOf } from '../../core/taxonomy.js';
import type { Placed } from './placed.js';

/** A town of the merger's tests, with no coordinates. */
export function place(name: string, country = 'SY'): PlaceRef {
  return {
    name,
    country,
    lat: null,
    lon: null,
    precision: 'town',
    entity_id: `place:${name}`,
    spans: [[0, 1]],
  };
}

/** An event of the given sub-type whose trigger is `trigger` and evidence `evidence`, every other field empty. */
export function eventRecord(
  sub: SubEventType,
  trigger: Span,
  evidence: Span,
  extra: Partial<EventRecord> = {},
): EventRecord {
  return {
    id: '',
    event_type: { value: eventTypeOf(sub), spans: [trigger] },
    sub_event_type: { value: sub, spans: [trigger] },
    date: null,
    timing: null,
    location: null,
    actor1: null,
    actor2: null,
    claimed_by: null,
    fatalities: null,
    injuries: null,
    evidence: [evidence],
    confidence: 0,
    ...extra,
  };
}

/** A mention of the given sub-type told in sentence `sentence`, for the merger's tests. */
export function mention(
  sentence: number,
  sub: SubEventType,
  extra: Partial<EventRecord> = {},
  anaphoric = false,
): Placed {
  const event = eventRecord(
    sub,
    [sentence * 10, sentence * 10 + 3],
    [sentence * 10, sentence * 10 + 9],
    extra,
  );
  return { event, first: sentence, last: sentence, anaphoric };
}

/**
 * An attack whose evidence is the whole text, its trigger the first occurrence of `trigger`, and one dead told by
 * the trigger's words, for the tests of a mention's traits.
 */
export function toldEvent(text: string, trigger: string, extra: Partial<EventRecord> = {}): EventRecord {
  const at = text.indexOf(trigger);
  const span: Span = [at, at + trigger.length];
  const fatalities = { value: 1, qualifier: 'exact' as const, spans: [span] };
  return eventRecord('Attack', span, [0, text.length], { fatalities, ...extra });
}

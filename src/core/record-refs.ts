import type { ActorRef, DateRef, DatePrecision } from './records.js';
import type { Span } from './span.js';

// An event's date and sides, each built by one of two literals (with its basis, or without one), keys always
// in the record's order. A copy spread from another (`{ ...date, basis }`, `{ ...side, name }`) took a hidden
// class of its own per call site and source — the corpus's dates came in some thirty — and every reader of
// `date.value` or `side.entity_id` went megamorphic.

/**
 * @example dateRef('2024-03-01', 'day', [[0, 9]]) // { value: '2024-03-01', precision: 'day', spans: [[0, 9]] }
 * @example dateRef('2024-03', 'month', [], 'publication date').basis // 'publication date'
 */
export function dateRef(
  value: string,
  precision: DatePrecision,
  spans: Span[],
  basis?: DateRef['basis'],
): DateRef {
  return basis === undefined ? { value, precision, spans } : { value, precision, spans, basis };
}

/**
 * @example actorRef('Rebels', null, [[0, 6]]) // { name: 'Rebels', entity_id: null, spans: [[0, 6]] }
 */
export function actorRef(
  name: string,
  entity_id: string | null,
  spans: Span[],
  basis?: ActorRef['basis'],
): ActorRef {
  return basis === undefined ? { name, entity_id, spans } : { name, entity_id, spans, basis };
}

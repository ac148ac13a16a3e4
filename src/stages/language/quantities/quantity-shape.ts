import type { Quantity } from '../../../core/records.js';

/**
 * A quantity with every field of the record present, in one order, the ones the text does not give left
 * undefined (JSON leaves them out). Counts built field by field came in a dozen layouts, and the event
 * layer's hottest loops read them: each layout is a hidden class of its own to the engine, so those reads
 * went megamorphic and the optimised code was thrown away and rebuilt whenever a new layout turned up.
 *
 * @example quantityOf({ span: [0, 2], value: 12, qualifier: 'exact' }).role === undefined
 */
export function quantityOf(q: Quantity): Quantity {
  return {
    span: q.span,
    value: q.value,
    qualifier: q.qualifier,
    vague: q.vague,
    upper: q.upper,
    role: q.role,
    noun: q.noun,
    nounSpan: q.nounSpan,
  };
}

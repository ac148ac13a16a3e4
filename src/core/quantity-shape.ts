import type { Quantity } from './records.js';

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

/**
 * `q` in the one layout with its role, and its count and span when given, changed: a spread copy
 * (`{ ...q, role }`) got a hidden class of its own that V8 holds only weakly, made anew after each major
 * collection (see `placeWith` in place-ref.ts).
 *
 * @example quantityWith(twelve, 'killed').role === 'killed'
 */
export function quantityWith(q: Quantity, role: Quantity['role'], value = q.value, span = q.span): Quantity {
  const copy = quantityOf(q);
  copy.role = role;
  copy.value = value;
  copy.span = span;
  return copy;
}

import type { Quantity } from '../../../core/records.js';
import { findQuantities } from './index.js';

/**
 * One line per quantity the language stage finds in `text`: "115 at_least killed people"; vague amounts
 * by their class; ranges as "10-15". The tests of the quantity rules compare these lines.
 *
 * @example quantitySummary('قتل 12 شخصا') // '12 exact killed people'
 */
export function quantitySummary(text: string): string {
  return findQuantities(text, [{ span: [0, text.length] }], 'ar')
    .map((q: Quantity) =>
      [`${q.value ?? q.vague}${q.upper ? `-${q.upper}` : ''}`, q.qualifier, q.role, q.noun]
        .filter(Boolean)
        .join(' '),
    )
    .join(' | ');
}

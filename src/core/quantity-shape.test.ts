import { describe, expect, it } from 'vitest';
import type { Quantity } from './records.js';
import { quantityOf, quantityWith } from './quantity-shape.js';

const LAYOUT = ['span', 'value', 'qualifier', 'vague', 'upper', 'role', 'noun', 'nounSpan'];

describe('quantityWith', () => {
  const twelve: Quantity = quantityOf({
    span: [4, 6],
    value: 12,
    qualifier: 'exact',
    role: 'injured',
    noun: 'people',
  });

  it('changes the role, and the count and span when given, keeping every other field', () => {
    expect(quantityWith(twelve, 'killed')).toEqual({ ...twelve, role: 'killed' });
    expect(quantityWith(twelve, twelve.role, 13, [0, 6])).toEqual({ ...twelve, value: 13, span: [0, 6] });
    expect(quantityWith(twelve, undefined).role).toBeUndefined();
  });

  it('keeps the one field layout of every quantity, in its order', () => {
    expect(Object.keys(quantityWith(twelve, 'killed', 13, [0, 6]))).toEqual(LAYOUT);
    expect(twelve.role).toBe('injured');
  });
});

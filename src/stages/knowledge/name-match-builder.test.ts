import { describe, expect, it } from 'vitest';
import type { NameSense } from './kb-types.js';
import { nameMatch, withSenses } from './name-match-builder.js';

describe('withSenses', () => {
  it('copies a match with other senses, its fields in the order every match has them', () => {
    const first = { written: 'Mosul' } as unknown as NameSense;
    const second = { written: 'Al Mawsil' } as unknown as NameSense;
    const match = nameMatch([3, 8], [3, 8], 'mosul', [first, second], 2, 1);
    const copy = withSenses(match, [second]);
    expect(copy).toEqual({ ...match, senses: [second] });
    expect(Object.keys(copy)).toEqual(Object.keys(match));
    expect(match.senses).toEqual([first, second]);
  });
});

import { describe, expect, it } from 'vitest';
import { readTollAt } from './fixture-toll-reading.js';

describe('a count told far from its verb', () => {
  it('reads the verb up to eighteen words after the count, none of them a count', () => {
    const text =
      'Four clerks of the river ferry company loading grain on the long barge east of the old weir were killed';
    expect(readTollAt(text, 'Four', 4).role).toBe('killed');
  });

  it('leaves a count whose long run of words crosses another count', () => {
    const text =
      'Four clerks of the river ferry company loading grain on the barge and six boatmen by the weir were killed';
    expect(readTollAt(text, 'Four', 4).role).toBeUndefined();
  });
});

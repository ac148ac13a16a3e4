import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';

describe('a weak act told with the arms it was done with', () => {
  it('keeps pylons felled using explosives, with no place named', () => {
    const text = 'Unidentified men downed two electricity pylons using homemade explosives overnight.';
    expect(subTypesOf({ text })).toHaveLength(1);
  });

  it('keeps a device that targeted an official, with no place named', () => {
    const text = 'A crude explosive device targeted the deputy governor of the district on Friday.';
    expect(subTypesOf({ text })).toHaveLength(1);
  });
});

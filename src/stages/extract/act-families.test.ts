import { describe, expect, it } from 'vitest';
import { familyOf } from './act-families.js';

describe('the family of a trigger tag', () => {
  it('names the crowd acts riots and protests', () => {
    expect(['@riot', 'Mob violence', 'Peaceful protest'].map(familyOf)).toEqual(['riot', 'riot', 'protest']);
  });

  it('is violence for any tag it does not name', () => {
    expect(familyOf('@kill')).toBe('violence');
  });
});

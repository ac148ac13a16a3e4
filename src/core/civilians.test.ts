import { describe, expect, it } from 'vitest';
import { civiliansAt } from './civilians.js';

describe('civiliansAt', () => {
  it('names the Civilians side with the fields of every actor reference, in their order', () => {
    const side = civiliansAt([[10, 18]]);
    expect(side).toEqual({ name: 'Civilians', entity_id: 'actor:civilians', spans: [[10, 18]] });
    expect(Object.keys(side)).toEqual(['name', 'entity_id', 'spans']);
  });

  it('adds the basis last when no words name the side', () => {
    const side = civiliansAt([[0, 4]], 'people harmed');
    expect(Object.keys(side)).toEqual(['name', 'entity_id', 'spans', 'basis']);
    expect(side.basis).toBe('people harmed');
  });
});

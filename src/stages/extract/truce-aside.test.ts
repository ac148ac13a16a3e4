import { describe, expect, it } from 'vitest';
import { actorsOf, killed } from './fixture-actors.js';
import { placeEntity } from './fixture-entities.js';

const sirte = placeEntity('Sirte', 'LY');

describe('a truce told in a clause that opens the sentence', () => {
  it.each([
    'Despite the truce agreed between the army and the rebels, gunmen raided a checkpoint in Sirte, killing two soldiers.',
    'After the ceasefire between the army and the rebels broke down, gunmen raided a checkpoint in Sirte, killing two soldiers.',
    // After a dateline the sentence opens with.
    'SIRTE, Libya (Wire) — Despite the truce agreed between the army and the rebels, gunmen raided a checkpoint in Sirte, killing two soldiers.',
  ])('lends its parties to no side of the act told after it: %s', (text) => {
    const spec = {
      text,
      mentions: [['Sirte', sirte]] as [string, typeof sirte][],
      quantities: [['two soldiers', killed(2, 'soldiers')]] as [string, ReturnType<typeof killed>][],
    };
    expect(actorsOf(spec)).toEqual([undefined, 'Military Forces of Libya']);
  });

  it('leaves a side named in the main clause the act’s', () => {
    const text =
      'Despite the truce agreed last week, rebels attacked a checkpoint in Sirte, killing two soldiers.';
    const spec = {
      text,
      mentions: [['Sirte', sirte]] as [string, typeof sirte][],
      quantities: [['two soldiers', killed(2, 'soldiers')]] as [string, ReturnType<typeof killed>][],
    };
    expect(actorsOf(spec)).toEqual(['Opposition Rebels (Libya)', 'Military Forces of Libya']);
  });
});

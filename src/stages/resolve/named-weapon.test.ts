import { describe, expect, it } from 'vitest';
import { namedWeapon } from './named-weapon.js';

describe('namedWeapon', () => {
  it.each([
    ['a roadside bomb exploded', 'bomb'],
    ['gunmen shot dead a shopkeeper', 'gun'],
    ['masked men opened fire on a minibus', 'gun'],
    ['قتل شاب برصاص مجهولين', 'gun'],
    ['انفجرت عبوة ناسفة', 'bomb'],
    ['rebels attacked a village', undefined],
  ] as const)('%s → %s', (text, expected) => {
    expect(namedWeapon(text, [0, text.length])).toBe(expected);
  });

  it('names nothing without a trigger', () => {
    expect(namedWeapon('gunmen shot a guard', undefined)).toBeUndefined();
  });
});

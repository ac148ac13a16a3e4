import { describe, expect, it } from 'vitest';
import { placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const mentions: [string, ReturnType<typeof placeEntity>][] = [['Velka', placeEntity('Velka', 'SY')]];

describe('an attack foiled', () => {
  it('is a fight when the attack is told as launched', () => {
    const text = 'In Velka, soldiers foiled an attack launched by rebels against two army posts.';
    expect(firstSubType({ text, mentions })).toBe('Armed clash');
  });

  it('is a fight when the attack is told as carried out', () => {
    const text = 'In Velka, soldiers foiled an attack carried out by rebels against two army posts.';
    expect(firstSubType({ text, mentions })).toBe('Armed clash');
  });

  it('is no incident when only a plan was foiled', () => {
    const text = 'In Velka, soldiers foiled a plot by rebels against two army posts.';
    expect(firstSubType({ text, mentions })).toBeUndefined();
  });

  it('is no incident when the attack foiled is not told as made', () => {
    const text = 'In Velka, soldiers foiled an attack by rebels against two army posts.';
    expect(firstSubType({ text, mentions })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const mentions: FixtureSpec['mentions'] = [['Mardan', placeEntity('Mardan', 'PK')]];

describe('the weapon of a shooting', () => {
  it.each([
    [
      '"after"',
      'Masked men fired at the toll booth of Mardan on Sunday, after a bomb had gone off beside its barrier.',
    ],
    [
      'a relative clause',
      'Masked men fired at a milk van in Mardan on Sunday, killing two guards of a school which a car bomb struck in May.',
    ],
    [
      'a clause of the place',
      'Masked men opened fire on a van in Mardan on Sunday, killing four riders, near a bazaar where a suicide bomber killed ten people in spring.',
    ],
  ])('is not a bomb told in %s after it', (_, text) => {
    expect(firstSubType({ text, mentions })).toBe('Attack');
  });

  it.each([
    [
      'thrown with it',
      'Masked men fired shots and threw a grenade at the toll booth of Mardan on Sunday.',
      'Grenade',
    ],
    [
      'that opened the act',
      'A bomb went off beside the toll booth of Mardan on Sunday, after which masked men fired at its staff.',
      'Remote explosive/landmine/IED',
    ],
  ])('is still a weapon %s', (_, text, sub) => {
    expect(firstSubType({ text, mentions })).toBe(sub);
  });
});

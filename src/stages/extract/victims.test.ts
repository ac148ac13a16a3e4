import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

describe('members named by a definite noun after the killing', () => {
  const mentions: FixtureSpec['mentions'] = [
    ['حركة الشباب', actorEntity('Al-Shabaab', 'armed-group', 'SO')],
    ['جلب', placeEntity('Jilib', 'SO')],
  ];

  it('takes «قتل عشرات المسلحين من» a side for the harmed', () => {
    const text = 'قتل عشرات المسلحين من حركة الشباب في غارات على مواقع قرب جلب مساء الخميس.';
    expect(actorsOf({ text, mentions })).toEqual([undefined, 'Al-Shabaab']);
  });

  it('keeps «هاجم عشرات المسلحين من» a side the attacker', () => {
    const text = 'هاجم عشرات المسلحين من حركة الشباب مواقع قرب جلب مساء الخميس.';
    expect(actorsOf({ text, mentions })[0]).toBe('Al-Shabaab');
  });
});

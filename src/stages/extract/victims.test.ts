import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
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

describe('a side counted after «من»', () => {
  const mentions: FixtureSpec['mentions'] = [
    ['حركة الشباب', actorEntity('Al-Shabaab', 'armed-group', 'SO')],
    ['جلب', placeEntity('Jilib', 'SO')],
  ];

  it('takes «مقتل 14 من» a side for the harmed, and the side the battle was fought with for the other', () => {
    const text = 'أسفرت مواجهات قرب جلب عن مقتل 14 من حركة الشباب، بينما قتل ثلاثة من الجنود.';
    // A count of the dead as the toll reader gives it: its noun is the fate word right before it.
    const count = (n: string, value: number, fate: string) => {
      const at = text.lastIndexOf(fate, text.indexOf(n));
      return [n, { ...killed(value, 'people'), nounSpan: [at, at + fate.length] }];
    };
    const quantities = [count('14', 14, 'مقتل'), count('ثلاثة', 3, 'قتل')] as FixtureSpec['quantities'];
    expect(actorsOf({ text, mentions, quantities })).toEqual(['Military Forces of Somalia', 'Al-Shabaab']);
  });
});

import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const samarra: FixtureSpec['mentions'] = [['سامراء', placeEntity('Samarra', 'IQ')]];

describe('a force named as the guise of the doers', () => {
  it.each<[string, string]>([
    ['the dress they wore', 'قال مسؤول إن المهاجم كان يرتدي زي الجيش وفجر نفسه وسط المصلين في سامراء أمس.'],
    ['the look of their car', 'وقال إن مهاجما يقود شاحنة ملغومة تشبه عربات الشرطة فجرها في سامراء أمس.'],
    ['the force they passed for', 'وخطف مسلحون ينتحلون صفة رجال الشرطة تاجرا من متجره في سامراء أمس.'],
  ])('is not the doer: %s', (_, text) => {
    expect(actorsOf({ text, mentions: samarra })[0]).toBeUndefined();
  });

  it('leaves a force that wore its own uniform the doer', () => {
    const text = 'وقال شهود إن الشرطة أطلقت النار على المحتجين في سامراء أمس.';
    expect(actorsOf({ text, mentions: samarra })[0]).toBe('Police Forces of Iraq');
  });
});

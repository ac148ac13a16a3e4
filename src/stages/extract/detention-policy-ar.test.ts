import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

const hebron = placeEntity('Hebron', 'PS');
const mentions: [string, typeof hebron][] = [['الخليل', hebron]];

// «الاعتقال الإداري» is the name of a kind of detention: allowed, ordered or used as a policy it is no
// round-up; people put «رهن الاعتقال الإداري» are held.
describe('administrative detention named as a policy', () => {
  it('is no arrest when a minister allows its use', () => {
    const text = 'وسمح الوزير باستخدام الاعتقال الإداري ضد المتطرفين في الخليل.';
    expect(subTypesOf({ text, mentions })).toEqual([]);
  });

  it('is an arrest when people are put under it', () => {
    const text = 'ووضعت السلطات ثلاثة مستوطنين من الخليل رهن الاعتقال الإداري.';
    expect(subTypesOf({ text, mentions })).toEqual(['Arrests']);
  });
});

import { describe, expect, it } from 'vitest';
import { kmBefore, nearBefore } from './distance-words.js';

describe('the distance words put a scene from a town', () => {
  it.each([
    ['a bomb went off 10 miles east of ', 16.09],
    ['a checkpoint 20 km south of ', 20],
    ['a council building thirty miles south of ', 48.27],
    ['some 250 kilometres northwest of ', 250],
    ['مركز للشرطة على مسافة 90 كلم جنوب ', 90],
    ['حاجز على بعد 15 كم شمال ', 15],
  ])('reads %s', (before, km) => {
    expect(kmBefore(before)).toBeCloseTo(km, 1);
  });

  it('reads none where no distance is given', () => {
    expect(kmBefore('a patrol north of ')).toBeNull();
  });
});

describe('a scene near the town it is measured from', () => {
  it.each([
    ['a checkpoint 20 km south of ', true],
    ['some 250 kilometres northwest of ', false],
    ['a convoy several miles south of ', false],
  ])('%s: %s', (before, near) => {
    expect(nearBefore(before)).toBe(near);
  });
});

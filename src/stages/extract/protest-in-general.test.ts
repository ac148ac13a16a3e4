import { describe, expect, it } from 'vitest';
import { firstSubType } from './fixture-sub-type.js';
import { placeEntity } from './fixture-entities.js';

const cairo = (text: string) => firstSubType({ text, mentions: [['القاهرة', placeEntity('Cairo', 'EG')]] });

describe('demonstrating named in general', () => {
  it.each([
    ['a right', 'وأكد الوزير أن التظاهر السلمي حق يكفله الدستور في القاهرة.'],
    ['a charge', 'ووجهت النيابة للمتهمين في القاهرة اتهامات بالتحريض على التظاهر.'],
    ['a reason', 'وقالت الوزيرة في القاهرة إن لدى المعارضين أسبابهم للتظاهر.'],
  ])('is no protest: %s', (_, text) => {
    expect(cairo(text)).toBeUndefined();
  });

  it.each([
    ['a crowd gone out to demonstrate', 'خرج المئات للتظاهر في القاهرة.'],
    ['a crowd the news moved to demonstrate', 'وأثار الحادث غضبا في القاهرة دفع المئات للتظاهر.'],
    ['a demonstration told by its noun', 'نظم المئات تظاهرة في القاهرة.'],
  ])('leaves a protest told as %s', (_, text) => {
    expect(cairo(text)).toBe('Peaceful protest');
  });
});

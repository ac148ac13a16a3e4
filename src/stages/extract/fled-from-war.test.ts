import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

describe('people told as having fled the fighting', () => {
  it.each([
    [
      'ووصل مئات اللاجئين إلى المخيم، ومعظمهم سوريون فروا من المعارك في ريف إدلب بين الجيش وفصائل المعارضة.',
      'إدلب',
    ],
    ['وقالت المفوضية إن آلاف السكان نزحوا من مناطق الاشتباكات في ريف حلب بين الجيش والمعارضة.', 'حلب'],
  ])('gives no event: %s', (text, town) => {
    expect(subTypesOf({ text, mentions: [[town, placeEntity(town, 'SY')]] })).toEqual([]);
  });

  it('keeps the fighting told as an incident of its own day', () => {
    const text = 'وفر مئات السكان أمس من المعارك التي اندلعت في ريف إدلب بين الجيش وفصائل المعارضة.';
    const spec = {
      text,
      mentions: [['إدلب', placeEntity('إدلب', 'SY')]] as [string, ReturnType<typeof placeEntity>][],
      times: [['أمس', { value: '2015-07-20', precision: 'day' as const, reason: 'test' }]] as never,
    };
    expect(subTypesOf(spec)).toEqual(['Armed clash']);
  });

  it('keeps the fighting that people are not said to have fled', () => {
    const text = 'واندلعت المعارك في ريف إدلب بين الجيش وفصائل المعارضة.';
    expect(subTypesOf({ text, mentions: [['إدلب', placeEntity('إدلب', 'SY')]] })).toEqual(['Armed clash']);
  });
});

import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';
import { placeEntity } from './fixture-entities.js';

const raqqa = placeEntity('Raqqa', 'SY');

/** The trigger words the gate keeps in an Arabic sentence told in Raqqa. */
const asserted = (text: string) => assertedWords({ text, mentions: [['الرقة', raqqa]] });

describe('a denied launching verb denies the weapon it takes', () => {
  it.each([
    ['«من دون أن» before it', 'وجابت مقاتلات أجواء مدينة الرقة لساعتين من دون أن تشن ضربات جوية.'],
    ['«بدون» before it', 'وعبرت المروحيات سماء الرقة بدون أن تشن ضربات جوية على أحيائها.'],
    ['«ولم» before it', 'وجابت مقاتلات أجواء مدينة الرقة ولم تشن ضربات جوية.'],
  ])('drops strikes with %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it('keeps a drone, whose name holds «بدون», as a striker', () => {
    const text = 'وأفاد ناشطون بأن طائرة بدون طيار قصفت شاحنة محملة بالوقود على طريق الرقة.';
    expect(asserted(text)).toContain('قصفت');
  });
});

describe('a weapon or an act said not to have been there', () => {
  it.each([
    ['«فلم تكن هناك» before a car bomb', 'ولم يثبت شيء مما رواه الشاهد، فلم تكن هناك سيارة مفخخة قرب الرقة.'],
    ['«لم يكن هناك» before an attack', 'وأكد المتحدث أنه لم يكن هناك هجوم على الحاجز في الرقة.'],
  ])('drops it after %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it('keeps a blast told before «ولم تكن هناك إصابات»', () => {
    expect(asserted('وانفجرت سيارة مفخخة في الرقة ولم تكن هناك إصابات.')).toContain('سيارة مفخخة');
  });
});

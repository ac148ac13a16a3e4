import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

const asserted = (text: string) => assertedWords({ text });

// An act named after «لتوجيه», «لشن», «لتنفيذ», «لارتكاب» or «لتسديد» is what a side aims at or asks for, not an act made,
// unless a verb after it tells the act done.
describe('acts named as an aim', () => {
  it.each([
    ['a strike an alliance would be for', 'ونفى المتحدث أن تدخل بلاده حلفا لتوجيه ضربة عسكرية إلى جارتها.'],
    ['air strikes a king asks for', 'وطلب الأمير من حلفائه دعما لتنفيذ ضربات جوية على معسكرات المتمردين.'],
    ['an attack a pretext is for', 'ورأى الكاتب أن الحادث كان ذريعة لشن هجوم واسع على المخيمات.'],
    [
      'killings militias were armed to commit',
      'واتهم التقرير الحكومة بتسليح الميليشيات لارتكاب جرائم قتل في القرى.',
    ],
    [
      'strikes special units were sent to deliver',
      'وأرسلت القيادة وحدات خاصة لتسديد ضربات إلى معاقل المتمردين.',
    ],
    ['a killing a writer names as their aim', 'ويرى الكاتب أن قضيتهم معنا واضحة وهدفهم من قتلنا صريح.'],
  ])('drops %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it('keeps strikes the planes carried out', () => {
    expect(asserted('وشنت الطائرات غارات على معسكرات المتمردين قرب بلدة الواحة فجر الأحد.')).toContain(
      'غارات',
    );
  });

  it('keeps the killing told after gunmen came to carry out an attack', () => {
    const text = 'وتسلل المسلحون إلى بلدة الواحة لشن هجوم على حاجز للجيش وقتلوا جنديين.';
    const spec = {
      text,
      mentions: [['بلدة الواحة', placeEntity('Wahat', 'LY')]] as [string, ReturnType<typeof placeEntity>][],
    };
    expect(subTypesOf(spec)).toEqual(['Armed clash']);
  });
});

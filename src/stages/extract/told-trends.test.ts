import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const kandor = placeEntity('Kandor', 'AF');
const mentions = (text: string): FixtureSpec['mentions'] => [
  [text.includes('Kandor') ? 'Kandor' : 'قندور', kandor],
];
const told = (text: string) => subTypesOf({ text, mentions: mentions(text) });

describe('acts told as a trend', () => {
  it.each([
    ['a rise in the number of attacks', 'وأكد مسؤول في البلدية زيادة عدد الهجمات الصاروخية على أحياء قندور.'],
    ['bombings that have grown', 'ويقول الباحثون إن التفجيرات في أسواق قندور تزايدت في الأشهر الأخيرة.'],
    ['raids that escalated', 'ويرى مراقبون أن الغارات على ضواحي قندور تصاعدت منذ الربيع.'],
    ['an English rise in attacks', 'Charities warned of a steep rise in attacks on clinics in Kandor.'],
    [
      'English bombings that increased',
      'Residents say bombings have increased in the old quarter of Kandor.',
    ],
    ['English raids that intensified', 'Farmers near Kandor say night raids have intensified since spring.'],
  ])('drops %s', (_, text) => {
    expect(told(text)).toEqual([]);
  });

  it('keeps attacks whose toll rose', () => {
    // No comma and no killing word: only the toll after the verb of rising tells that it counts the dead.
    expect(told('وفي الهجمات على قرى قندور ارتفعت حصيلة القتلى إلى عشرة.')).not.toEqual([]);
  });

  it('keeps attacks dated to a day, whatever they increased', () => {
    const text = 'وقال مسؤول إن الهجمات على قندور يوم الأحد زادت من مخاوف سكانها.';
    const sunday = { value: '2016-08-21', precision: 'day' as const, reason: 'weekday' };
    expect(subTypesOf({ text, mentions: mentions(text), times: [['يوم الأحد', sunday]] })).toEqual([
      'Attack',
    ]);
  });

  it('keeps an attack told beside the trend it belongs to', () => {
    const text = 'Attacks have increased in Kandor, where gunmen shot dead two guards on Monday.';
    expect(told(text)).not.toEqual([]);
  });
});

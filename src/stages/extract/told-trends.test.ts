import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const kandor = placeEntity('Kandor', 'AF');
const mentions = (text: string): FixtureSpec['mentions'] => [
  [text.includes('Kandor') ? 'Kandor' : 'قندور', kandor],
];
const told = (text: string) => subTypesOf({ text, mentions: mentions(text) });
const sunday = { value: '2016-08-21', precision: 'day' as const, reason: 'weekday' };
/** The sub-types of a text that dates what it tells to «يوم الأحد». */
const toldOnSunday = (text: string) =>
  subTypesOf({ text, mentions: mentions(text), times: [['يوم الأحد', sunday]] });

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
    expect(toldOnSunday('وقال مسؤول إن الهجمات على قندور يوم الأحد زادت من مخاوف سكانها.')).toEqual([
      'Attack',
    ]);
  });

  it('keeps attacks a new clause follows, its verb of rising about something else', () => {
    expect(toldOnSunday('ويوم الأحد طالت هجمات المسلحين أسواق قندور، وارتفعت أسعار الخبز بعدها.')).toEqual([
      'Attack',
    ]);
  });

  it('keeps one raid that added to something', () => {
    expect(told('وقال السكان إن الغارة على سوق قندور زادت من معاناتهم.')).not.toEqual([]);
    expect(told('On Monday a bombing escalated the feud between the two clans of Kandor.')).not.toEqual([]);
  });

  it('keeps an attack told beside the trend it belongs to', () => {
    const text = 'Attacks have increased in Kandor, where gunmen shot dead two guards on Monday.';
    expect(told(text)).not.toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

const amman = placeEntity('Amman', 'JO');
const inAmman = (text: string) => subTypesOf({ text, mentions: [['عمان', amman]] });

// A complaint a state or a body voices, writes or lodges is told with the protest noun too; no crowd gathers.
describe('protests voiced in words', () => {
  it.each([
    ['a ministry announcing its protest', 'وأعلنت وزارة الخارجية في عمان احتجاجها على تصريحات السفير.'],
    ['a note of protest handed over', 'وسلم القنصل مذكرة احتجاج إلى الحكومة في عمان صباح الأحد.'],
    ['an official protest lodged', 'وقدمت الحكومة في عمان احتجاجا رسميا لدى السفارة.'],
  ])('drops %s', (_, text) => {
    expect(inAmman(text)).toEqual([]);
  });

  it.each([
    ['protesters who voice their protest', 'وأبدى المتظاهرون في عمان احتجاجهم على غلاء الخبز أمام البرلمان.'],
    ['students holding their own protest', 'ونفذ الطلاب احتجاجهم أمام وزارة التربية في عمان يوم الأحد.'],
    ['a protest organised by hundreds', 'ونظم المئات احتجاجا أمام مبنى البلدية في عمان يوم الأحد.'],
  ])('keeps %s', (_, text) => {
    expect(inAmman(text)).toEqual(['Peaceful protest']);
  });
});

import { describe, expect, it } from 'vitest';
import { assertedWords as asserted } from '../../../test/support/asserted-words.js';
import { placeEntity } from './fixture-entities.js';

const gaza = placeEntity('Gaza', 'PS');

describe('the path sense of مسيرة', () => {
  it.each([
    ['a team’s run', 'وقال المدرب إن مسيرة المنتخب في البطولة كانت ناجحة.'],
    ['a country’s development', 'وتؤخر الأزمة مسيرة لبنان التنموية.'],
    ['a path of building', 'وأكمل الوزير مع رفاقه مسيرة بناء الدولة الحديثة عبر عقدين.'],
    ['a path of struggle', 'وقال الخطيب إن الحزب سيواصل مسيرة نضال طويلة من أجل العدالة.'],
  ])('drops %s', (_, text) => {
    expect(
      asserted({ text, mentions: text.includes('لبنان') ? [['لبنان', placeEntity('Lebanon', 'LB')]] : [] }),
    ).toEqual([]);
  });

  it.each([
    ['a march with an adjective', 'وخرجت مسيرة حاشدة في وسط غزة امس.', ['مسيرة']],
    ['the march of the protesters', 'وانطلقت مسيرة المتظاهرين نحو البرلمان امس.', ['مسيرة']],
  ])('keeps %s', (_, text, words) => {
    expect(asserted({ text, mentions: text.includes('غزة') ? [['غزة', gaza]] : [] })).toEqual(words);
  });
});

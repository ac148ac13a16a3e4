import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const mosul: FixtureSpec['mentions'] = [['الموصل', placeEntity('Mosul', 'IQ')]];

describe('acts named as the kinds of what goes on somewhere', () => {
  it.each([
    [
      'a list after what goes on in a town',
      'ورأى الكاتب أن الفقر هو سبب ما يجري في الموصل من قتل وذبح وخطف.',
    ],
    ['bombings after what happens', 'تساءل نائب عن دور جهات خارجية في ما يحصل من تفجيرات متكررة في الموصل.'],
  ])('drops %s', (_, text) => {
    expect(subTypesOf({ text, mentions: mosul })).toEqual([]);
  });

  it('keeps the blast of a wall what happened at a border is told of', () => {
    const text = 'وقال المسؤول إن ما حدث عند معبر الموصل من تفجير الجدار لن يتكرر.';
    expect(subTypesOf({ text, mentions: mosul })).not.toEqual([]);
  });

  it('keeps a killing what happens on a day is told of', () => {
    const text = 'وأدان الوزير ما يجري منذ أمس في الموصل من قتل للمدنيين.';
    const yesterday = { value: '2024-03-09', precision: 'day', reason: 'relative' } as const;
    expect(subTypesOf({ text, mentions: mosul, times: [['أمس', yesterday]] })).toEqual(['Attack']);
  });

  it('keeps an act after «من» with no verb of happening before it', () => {
    const text = 'وفر العشرات من قصف الطائرات على الموصل أمس.';
    expect(subTypesOf({ text, mentions: mosul })).not.toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { placesOf } from '../../../test/support/places-of.js';
import { placeEntity } from './fixture-entities.js';

const rampur = placeEntity('Rampur', 'YE');
const lakhpur = placeEntity('Lakhpur', 'YE');

describe('a clause that puts its incident in a locality the base does not know', () => {
  it.each<[string, string, [string, ReturnType<typeof placeEntity>][], string[]]>([
    [
      "does not take the town an earlier clause names, but the article's",
      'قالت مصادر قبلية في رامبور إن تعزيزات كبيرة وصلت إلى منطقة لخبور، فيما اندلعت مواجهات ضارية ليل السبت في مديرية وادي السر.',
      [
        ['رامبور', rampur],
        ['لخبور', lakhpur],
      ],
      ['Rampur YE'],
    ],
    [
      'nor in English',
      'Tribal sources in Rampur said large reinforcements reached Lakhpur, while heavy clashes raged on Saturday evening in the district of Wadi Sirr.',
      [
        ['Rampur', rampur],
        ['Lakhpur', lakhpur],
      ],
      ['Rampur YE'],
    ],
  ])('%s', (_why, text, mentions, expected) => {
    expect(placesOf({ text, mentions })).toEqual(expected);
  });

  it('while a locality the base knows is the place', () => {
    const text =
      'قالت مصادر قبلية في رامبور إن تعزيزات كبيرة وصلت، فيما اندلعت مواجهات ضارية ليل السبت في منطقة لخبور.';
    expect(
      placesOf({
        text,
        mentions: [
          ['رامبور', rampur],
          ['لخبور', lakhpur],
        ],
      }),
    ).toEqual(['Lakhpur YE']);
  });

  it('keeps the region an earlier clause named, which the locality may lie in', () => {
    const text =
      'وأفادت السلطات في إقليم أوستمارك بأن قنبلة انفجرت أمام مكتب للحزب في بلدة تيرين الصغيرة دون إصابات.';
    const mentions: [string, ReturnType<typeof placeEntity>][] = [
      ['إقليم أوستمارك', placeEntity('Ostmark', 'ES', 'region')],
    ];
    expect(placesOf({ text, mentions })).toHaveLength(1);
    expect(placesOf({ text, mentions })[0]).toMatch(/ ES$/);
  });
});

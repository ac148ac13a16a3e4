import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { placesOf } from '../../../test/support/places-of.js';
import { placeEntity } from './fixture-entities.js';

const LAKHPUR = placeEntity('Lakhpur', 'IN');
const RURANIA = placeEntity('Rurania', 'UA', 'country');

describe('a country the sentence opens with', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'places an act told after a long subject, not the town of the sentence before',
      {
        text: 'The charity shut its office in Lakhpur last year. In Rurania this year, its founder, who had sued the government over its taxes and won, was pelted by protesters.',
        mentions: [
          ['Lakhpur', LAKHPUR],
          ['Rurania', RURANIA],
        ],
      },
      ['Rurania UA'],
    ],
    [
      'does so in Arabic',
      {
        text: 'أغلقت الجمعية مكتبها في لاكبور العام الماضي. وفي روريانيا، قام مسلح كان قد أخفى بندقية تحت معطفه الشتوي الطويل لساعات طويلة بإطلاق النار على المصلين.',
        mentions: [
          ['لاكبور', LAKHPUR],
          ['روريانيا', RURANIA],
        ],
      },
      ['Rurania UA'],
    ],
  ])('%s', (_why, spec, expected) => {
    expect(placesOf(spec)).toEqual(expected);
  });

  it('gives way to a town the act is told at', () => {
    const spec: FixtureSpec = {
      text: 'In Rurania this year, its founder, who had sued the government over its taxes and won, was pelted by protesters in Lakhpur.',
      mentions: [
        ['Rurania', RURANIA],
        ['Lakhpur', LAKHPUR],
      ],
    };
    expect(placesOf(spec)).toEqual(['Lakhpur IN']);
  });
});

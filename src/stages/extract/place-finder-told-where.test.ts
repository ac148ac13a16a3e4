import { describe, expect, it } from 'vitest';
import { placesOf } from '../../../test/support/places-of.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

describe('a clause that names the incident again to say where it happened', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'gives its town, however far on',
      {
        text: 'انفجرت قنبلة اسفل حافلة ركاب. وقالت الشرطة ان الانفجار وقع في منطقة دار لاخ الشعبية بجنوب رامبور.',
        mentions: [['رامبور', placeEntity('Rampur', 'YE')]],
      },
      ['Rampur YE'],
    ],
    [
      'but not the end of a route named far on',
      {
        text: 'Gunmen killed an official in Sitapur on Monday. The attack took place in a village, on the Lakhpur-Rampur highway.',
        mentions: [
          ['Sitapur', placeEntity('Sitapur', 'IQ')],
          ['Lakhpur', placeEntity('Lakhpur', 'IQ')],
          ['Rampur', placeEntity('Rampur', 'IQ')],
        ],
      },
      ['Sitapur IQ'],
    ],
    [
      'and "was carried out by" tells who, not where',
      {
        text: 'Mortars hit a market in Lakhpur, killing three. The shelling was said to be carried out by the Front, a group outlawed in Rampur.',
        mentions: [
          ['Lakhpur', placeEntity('Lakhpur', 'IQ')],
          ['Rampur', placeEntity('Rampur', 'IQ')],
        ],
      },
      ['Lakhpur IQ'],
    ],
    [
      'and where the bodies were found, by the town it is measured from',
      {
        text: 'Police said on Monday that the bodies of four men were found west of Lakhpur.',
        mentions: [['Lakhpur', placeEntity('Lakhpur', 'IQ')]],
      },
      ['Lakhpur IQ'],
    ],
    [
      'and where a body was found after a long aside between commas',
      {
        text: 'The body of Omar Fadel, a retired colonel of the city police, was found in Lakhpur.',
        mentions: [['Lakhpur', placeEntity('Lakhpur', 'IQ')]],
      },
      ['Lakhpur IQ'],
    ],
  ])('%s', (_why, spec, expected) => {
    expect(placesOf(spec)).toEqual(expected);
  });
});

describe('the target of a strike named by "on" or «على»', () => {
  const israel = placeEntity('Israel', 'IL', 'country');
  const khanYounis = placeEntity('Khan Younis', 'PS');

  it.each<[string, string, string]>([
    [
      'an air strike on a town abroad',
      'Israel launched an air strike on Khan Younis on Monday.',
      'Khan Younis',
    ],
    ['«غارة على» a town abroad', 'إسرائيل شنت غارة جوية على خان يونس فجر اليوم.', 'خان يونس'],
  ])('gives the town, not the striking country: %s', (_, text, town) => {
    const name = text.includes('Israel') ? 'Israel' : 'إسرائيل';
    expect(
      placesOf({
        text,
        mentions: [
          [name, israel],
          [town, khanYounis],
        ],
      }),
    ).toEqual(['Khan Younis PS']);
  });
});

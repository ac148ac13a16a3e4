import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { killed } from './fixture-actors.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const kordofan = placeEntity('South Kordofan', 'SD', 'region');
const dilling = placeEntity('Dilling', 'SD');
const mafraq = placeEntity('Mafraq', 'JO');

describe('acts counted since a war, a year or months back', () => {
  it.each<[string, FixtureSpec]>([
    [
      'children abducted since the fighting started',
      {
        text: 'Save the Children said more than 400 teenagers have been abducted in Kordofan since the fighting started.',
        mentions: [['Kordofan', kordofan]],
      },
    ],
    [
      'shops torched since the start of the war',
      {
        text: 'Gunmen have torched 12 shops in Dilling since the start of the war.',
        mentions: [['Dilling', dilling]],
      },
    ],
    [
      'a toll counted from a truce told at the head of the sentence',
      {
        text: 'Since the ceasefire, rebels have killed 150 people in Dilling.',
        mentions: [['Dilling', dilling]],
        quantities: [['150 people', killed(150, 'people')]],
      },
    ],
  ])('drops %s', (_, spec) => {
    expect(subTypesOf(spec)).toEqual([]);
  });

  it.each<[string, FixtureSpec, string[]]>([
    [
      'battles going on for days',
      {
        text: 'وتدور معارك منذ أيام في محيط بلدة المفرق بين الجيش والمسلحين.',
        mentions: [['المفرق', mafraq]],
      },
      ['Armed clash'],
    ],
    [
      'an attack ranked against the past',
      {
        text: 'وكان الهجوم على حاجز المفرق أسوأ هجوم منذ سنوات.',
        mentions: [['المفرق', mafraq]],
      },
      ['Attack'],
    ],
  ])('keeps %s', (_, spec, types) => {
    expect(subTypesOf(spec)).toEqual(types);
  });
});

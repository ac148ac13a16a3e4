import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

// Rows of the trigger and cue lexicons: how a device taken out of use, a bombing from the air or a blow
// against a truce is told in words the older rows missed.
describe('trigger and cue words of the lexicons', () => {
  it.each<[string, FixtureSpec, string]>([
    [
      'ground won back told by a gerund after "after", like «بعد تحرير»',
      {
        text: 'Iraqi troops pushed into the city centre on Friday after retaking the university in Ramadi.',
        mentions: [['Ramadi', placeEntity('Ramadi', 'IQ')]],
      },
      'Government regains territory',
    ],
    [
      'experts standing between «أبطل» and «مفعول» still defuse the device',
      {
        text: 'أبطل خبراء متفجرات مفعول عبوة ناسفة زرعت على طريق في ماردين أمس.',
        mentions: [['ماردين', placeEntity('Mardin', 'TR')]],
      },
      'Disrupted weapons use',
    ],
    [
      'a unit and a day standing between «فكك» and the device still defuse it',
      {
        text: 'فككت وحدة الهندسة مساء السبت عبوة ناسفة زرعت تحت جسر في صيدا.',
        mentions: [['صيدا', placeEntity('Sidon', 'LB')]],
      },
      'Disrupted weapons use',
    ],
    [
      '«أبطل» said of the device itself, without «مفعول», defuses it',
      {
        text: 'أبطلت الشرطة عبوة ناسفة زرعت تحت جسر في صيدا.',
        mentions: [['صيدا', placeEntity('Sidon', 'LB')]],
      },
      'Disrupted weapons use',
    ],
    [
      'two devices defused, in the dual, are weapons taken out of use, not two blasts',
      {
        text: 'تمكنت قوات الأمن من إبطال عبوتين ناسفتين قرب سوق في صيدا.',
        mentions: [['صيدا', placeEntity('Sidon', 'LB')]],
      },
      'Disrupted weapons use',
    ],
    [
      'two devices dismantled, in the dual, likewise',
      {
        text: 'فككت الشرطة عبوتين ناسفتين قرب سوق في صيدا.',
        mentions: [['صيدا', placeEntity('Sidon', 'LB')]],
      },
      'Disrupted weapons use',
    ],
    [
      'a car-bomb workshop destroyed by the forces is weapons taken out of use',
      {
        text: 'ودمرت القوات الأمنية أكبر معمل لتفخيخ السيارات وسط مدينة الفلوجة أمس.',
        mentions: [['الفلوجة', placeEntity('Fallujah', 'IQ')]],
      },
      'Disrupted weapons use',
    ],
    [
      'a hyphenated "bomb-making factory" is matched as the text splits it',
      {
        text: 'Iraqi troops destroyed a bomb-making factory in Fallujah on Monday.',
        mentions: [['Fallujah', placeEntity('Fallujah', 'IQ')]],
      },
      'Disrupted weapons use',
    ],
    [
      'an aerial bombardment comes from the air',
      {
        text: 'Regime forces carried out an aerial bombardment of Douma on Monday, killing 9 civilians.',
        mentions: [['Douma', placeEntity('Douma', 'SY')]],
      },
      'Air/drone strike',
    ],
    [
      'a shooting told with how badly it wounded ("shot and severely wounded") is an attack',
      {
        text: 'Gunmen shot and severely wounded a village headman in Pattani on Monday.',
        mentions: [['Pattani', placeEntity('Pattani', 'TH')]],
      },
      'Attack',
    ],
    [
      'a strike "in breach of a cease-fire" is the strike: the truce\'s "cease" negates nothing',
      {
        text: 'Russian jets in breach of a cease-fire bombed an outpost in Idlib on Sunday.',
        mentions: [
          ['Russian', actorEntity('Military Forces of Russia', 'state-forces', 'RU')],
          ['Idlib', placeEntity('Idlib', 'SY')],
        ],
      },
      'Air/drone strike',
    ],
  ])('%s', (_case, spec, expected) => {
    expect(subTypesOf(spec)).toEqual([expected]);
  });
});

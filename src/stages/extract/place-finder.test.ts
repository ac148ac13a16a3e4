import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/records.js';
import { type FixtureSpec } from './fixture-document.js';
import { placesOf } from '../../../test/support/places-of.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

/** A country name written as an adjective ("تركية"), which the knowledge base lists as an alias. */
function adjectiveCountry(name: string, country: string): Omit<Mention, 'span'> {
  return { ...placeEntity(name, country, 'country'), via: 'alias' };
}

describe('the incident place', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'is the town a district marker puts inside the city named next',
      {
        text: 'اندلعت اشتباكات عنيفة في مديرية الشيخ في جنوب المدينة الكبرى اليوم.',
        mentions: [
          ['الشيخ', placeEntity('Shaikh', 'YE')],
          ['المدينة الكبرى', placeEntity('Big City', 'YE')],
        ],
      },
      ['Big City YE'],
    ],
    [
      'is not the town a source was reached in, nor a capital that announces',
      {
        text: 'قتل عشرة جنود في هجوم على معسكر للجيش أكده مسؤول تم الاتصال به في رامبور. وقتل أربعة جنود في معارك كما أعلنت لاكبور.',
        mentions: [
          ['رامبور', placeEntity('Rampur', 'IN')],
          ['لاكبور', placeEntity('Lakhpur', 'IN')],
        ],
      },
      ['India IN'],
    ],
    [
      'is the town, not the town whose name the district bears',
      {
        text: 'Curfew was imposed in Lakhpur town in Rampur district of Sindhia, where police fired on a rioting mob on Monday.',
        mentions: [
          ['Lakhpur', placeEntity('Lakhpur', 'IN')],
          ['Rampur', placeEntity('Rampur', 'IN')],
          ['Sindhia', placeEntity('Sindhia', 'IN', 'region')],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      "is the town, not the province whose seat's building was attacked",
      {
        text: 'Gunmen attacked the Sindhia Governorate building in the old centre of Lakhpur on Monday.',
        mentions: [
          ['Sindhia', placeEntity('Sindhia', 'IN', 'region')],
          ['Lakhpur', placeEntity('Lakhpur', 'IN')],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      'is one place for a road between two towns, not one event each',
      {
        text: 'A bomb exploded under a bus on the road between Lakhpur and Rampur on Monday.',
        mentions: [
          ['Lakhpur', placeEntity('Lakhpur', 'IN')],
          ['Rampur', placeEntity('Rampur', 'IN')],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      "is not a town in a firm's name",
      {
        text: 'In Sindhia, a trader of Rampur Industries was attacked by a mob on Monday.',
        mentions: [
          ['Sindhia', placeEntity('Sindhia', 'IN', 'region')],
          ['Rampur', placeEntity('Rampur', 'IN')],
        ],
      },
      ['Sindhia IN'],
    ],
    [
      'is not where a statement was made',
      {
        text: 'وقال الوزير في مؤتمر صحفي في أنقرة إن التفجير وقع في مدينة سوروتش.',
        mentions: [
          ['أنقرة', placeEntity('Ankara', 'TR')],
          ['سوروتش', placeEntity('Suruc', 'TR')],
        ],
      },
      ['Suruc TR'],
    ],
    [
      'is the town a neighbourhood lies in',
      {
        text: 'انفجرت عبوة ناسفة في حي اليرموك غربي بعقوبة.',
        mentions: [
          [
            'اليرموك',
            {
              ...placeEntity('Yarmouk', 'IQ'),
              place: { country: 'IQ', lat: null, lon: null, precision: 'district' },
            },
          ],
          ['بعقوبة', placeEntity('Baqubah', 'IQ')],
        ],
      },
      ['Baqubah IQ'],
    ],
    [
      'is the country after "in", not the nationality of the aircraft',
      {
        text: 'شنت مقاتلات تركية غارات على مواقع في شمال العراق يوم الجمعة.',
        times: [['يوم الجمعة', { value: '2015-07-24', precision: 'day', reason: 'weekday' }]],
        mentions: [
          ['تركية', adjectiveCountry('Turkey', 'TR')],
          ['العراق', placeEntity('Iraq', 'IQ', 'country')],
        ],
      },
      ['Iraq IQ'],
    ],
    [
      'is the country the strike hit, not the country that struck',
      {
        text: 'The United States carried out its first deadly air strike in northern Syria on Wednesday.',
        times: [['Wednesday', { value: '2015-08-05', precision: 'day', reason: 'weekday' }]],
        mentions: [
          ['United States', placeEntity('United States', 'US', 'country')],
          ['Syria', placeEntity('Syria', 'SY', 'country')],
        ],
      },
      ['Syria SY'],
    ],
    [
      'gives one event per town listed, not per province the town borders',
      {
        text: 'اشتبكت قوات البيشمركة مع عناصر داعش في ناحية كفري الحدودية مع محافظة كركوك وصلاح الدين.',
        mentions: [
          ['قوات البيشمركة', actorEntity('Peshmerga')],
          ['داعش', actorEntity('Islamic State')],
          ['كفري', placeEntity('Kifri', 'IQ')],
          ['كركوك', placeEntity('Kirkuk', 'IQ', 'region')],
          ['صلاح الدين', placeEntity('Salah al-Din', 'IQ', 'region')],
        ],
      },
      ['Kifri IQ'],
    ],
    [
      'of each of two coordinated incidents is its own',
      {
        text: 'ومن تلك الحوادث الهجوم على مقهى في باردو الذي خلف مقتل 6 أشخاص، والهجوم على سوق في سوسة الذي خلف مقتل 9 أشخاص.',
        mentions: [
          ['باردو', placeEntity('Le Bardo', 'TN')],
          ['سوسة', placeEntity('Sousse', 'TN')],
        ],
        quantities: [
          ['6 أشخاص', { value: 6, qualifier: 'exact', role: 'killed' }],
          ['9 أشخاص', { value: 9, qualifier: 'exact', role: 'killed' }],
        ],
      },
      ['Le Bardo TN', 'Sousse TN'],
    ],
    [
      'is the city of the story, not the holy city a mosque is named after',
      {
        text: 'lakhpur: after the friday prayers ended in the afternoon, youths hurled stones at the police at mecca masjid.',
        mentions: [
          ['lakhpur', placeEntity('Lakhpur', 'IN')],
          ['mecca', placeEntity('Mecca', 'SA')],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      'is the town a prison named after a city stands in',
      {
        text: 'Militants fired mortar shells on the Ruritown Central Prison in Adrow area on Monday.',
        mentions: [
          ['Ruritown', placeEntity('Ruritown', 'SY')],
          ['Adrow', placeEntity('Adrow', 'SY')],
        ],
      },
      ['Adrow SY'],
    ],
    [
      'of a capture may come before its trigger, in a relative clause',
      {
        text: 'The army has failed to win back the old quarter of Halabville which rebels stormed two winters ago.',
        mentions: [['Halabville', placeEntity('Halabville', 'SY')]],
      },
      ['Halabville SY'],
    ],
    [
      'is where the mobs clashed, not where their people came from',
      {
        text: 'lakhpur: after the evening prayers on sunday, rival mobs of people from every corner of sitapur hurled stones.',
        mentions: [
          ['lakhpur', placeEntity('Lakhpur', 'IN')],
          ['sitapur', placeEntity('Sitapur', 'IN')],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      'is the town the bomb went off in, not the province whose governor it targeted',
      {
        text: 'A car bomb targeting Rurania governor Ali Hassan exploded in northern Lakhpur on Monday.',
        mentions: [
          ['Rurania', placeEntity('Rurania', 'IQ', 'region')],
          ['Lakhpur', placeEntity('Lakhpur', 'IQ')],
        ],
      },
      ['Lakhpur IQ'],
    ],
    [
      'is the town near a pipeline, not the town the pipeline is named after',
      {
        text: 'A bomb planted near the Lakhpur-Sitapur gas main near Rampur was defused on Wednesday.',
        mentions: [
          ['Lakhpur', placeEntity('Lakhpur', 'RU')],
          ['Sitapur', placeEntity('Sitapur', 'RU')],
          ['Rampur', placeEntity('Rampur', 'RU')],
        ],
      },
      ['Rampur RU'],
    ],
    [
      "is the province a town's namesake of another country lies in",
      {
        text: 'A mine hit an army lorry in the Patan District of Paktika Province on Monday.',
        mentions: [
          ['Patan', placeEntity('Patan', 'IN')],
          ['Paktika Province', placeEntity('Paktika', 'AF', 'region')],
        ],
      },
      ['Paktika AF'],
    ],
    [
      "is the town a province's possessive names",
      {
        text: "A bomb attack on a flyover in Rurania's main city Lakhpur killed one person on Monday.",
        mentions: [
          ['Rurania', placeEntity('Rurania', 'IN', 'region')],
          ['Lakhpur', placeEntity('Lakhpur', 'IN')],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      'is the city a district lies in, even in one part of it',
      {
        text: 'A bomb exploded in the Shaikh Usman district of northern Adenton on Monday, injuring two people.',
        mentions: [
          ['Shaikh Usman', placeEntity('Shaikh Usman', 'YE')],
          ['Adenton', placeEntity('Adenton', 'YE')],
        ],
      },
      ['Adenton YE'],
    ],
    [
      'is not a town that names a person after a title',
      {
        text: 'Gunmen shot dead Sheikh Qasimiya al-Hadithi in a drive-by shooting in Lakhpur on Monday.',
        mentions: [
          ['Qasimiya', placeEntity('Qasimiya', 'SA', 'region')],
          ['Lakhpur', placeEntity('Lakhpur', 'IQ')],
        ],
      },
      ['Lakhpur IQ'],
    ],
    [
      'is the town the incident is measured from, when the sentence names no other place',
      {
        text: 'Raiders ambushed an army patrol northeast of Lakhpur on Monday, killing two soldiers.',
        mentions: [['Lakhpur', placeEntity('Lakhpur', 'IQ')]],
      },
      ['Lakhpur IQ'],
    ],
    [
      'is the town a clause that refers back to the incident measures it from, to say where it took place',
      {
        text: 'Gunmen killed two policemen on Monday. The attack took place south of Lakhpur.',
        mentions: [['Lakhpur', placeEntity('Lakhpur', 'IQ')]],
      },
      ['Lakhpur IQ'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(placesOf(spec)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/records.js';
import { createResolveStage } from '../resolve/index.js';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { placesOf } from '../../../test/support/places-of.js';
import { demonymEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const resolve = createResolveStage();
const ctx = { referenceDate: null };

/** A town of the fixtures' region Sindhia, as the knowledge base tells the region a town lies in. */
function townOfSindhia(name: string): Omit<Mention, 'span'> {
  const town = placeEntity(name, 'IN');
  return { ...town, place: { ...town.place!, admin1: 'Sindhia' } };
}
const sindhia: Omit<Mention, 'span'> = {
  ...placeEntity('Sindhia', 'IN', 'region'),
  place: { ...placeEntity('Sindhia', 'IN', 'region').place!, admin1: 'Sindhia' },
};

describe('the incident place, in more cases', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'is the town of the region the clause puts the incident in',
      {
        text: 'A petrol bomb set fire to the Sindhia Savings Bank office in Lakhpur on Monday.',
        mentions: [
          ['Sindhia', sindhia],
          ['Lakhpur', townOfSindhia('Lakhpur')],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      'is the region when its town is named only as a part of it',
      {
        text: 'Militants shelled all of Sindhia on Monday, including the town of Lakhpur.',
        mentions: [
          ['Sindhia', sindhia],
          ['Lakhpur', townOfSindhia('Lakhpur')],
        ],
      },
      ['Sindhia IN'],
    ],
    [
      'is the town that came under fire, not the village the shots came from',
      {
        text: 'One guard was wounded when Lakhpur came under fire from the village of Rampur.',
        mentions: [
          ['Lakhpur', placeEntity('Lakhpur', 'IN')],
          ['Rampur', placeEntity('Rampur', 'IN')],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      'is the village the shots came from when the text names no other place',
      {
        text: 'Shots fired at a shepherd from the village of Rampur left him hurt.',
        mentions: [['Rampur', placeEntity('Rampur', 'IN')]],
      },
      ['Rampur IN'],
    ],
    [
      'is where the bomb went off, not the province its victims worked for',
      {
        text: 'A bomb wrecked the van of two typists employed by the district council of Sindhia on a road in Lakhpur.',
        mentions: [
          ['Sindhia', sindhia],
          ['Lakhpur', placeEntity('Lakhpur', 'IN')],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      'is one town when the town is named with its own region after a comma',
      {
        text: 'A bomb exploded outside a clinic in Lakhpur, Sindhia, on Monday.',
        mentions: [
          ['Lakhpur', townOfSindhia('Lakhpur')],
          ['Sindhia', sindhia],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      'is the town, not its region after a comma, when both open the clause out of reach',
      {
        text: 'In Lakhpur, Sindhia, after a long night of speeches by the mayor and the local clergy, gunmen opened fire on a crowd.',
        mentions: [
          ['Lakhpur', townOfSindhia('Lakhpur')],
          ['Sindhia', sindhia],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      'is one town when its region is named first and the town after it',
      {
        text: 'A bomb exploded outside a clinic in Sindhia, Lakhpur and Rampur on Monday.',
        mentions: [
          ['Sindhia', sindhia],
          ['Lakhpur', townOfSindhia('Lakhpur')],
          ['Rampur', townOfSindhia('Rampur')],
        ],
      },
      ['Lakhpur IN', 'Rampur IN'],
    ],
    [
      'is the town a rocket was fired toward, not the strip it was fired from',
      {
        text: 'Militants fired a rocket from the Zarqa Strip toward Lakhpur on Monday.',
        mentions: [
          ['Zarqa Strip', placeEntity('Zarqa Strip', 'RT', 'region')],
          ['Lakhpur', placeEntity('Lakhpur', 'IN')],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      'is the region a rocket was fired toward, an adjective between',
      {
        text: 'Militants fired a rocket from the Zarqa Strip toward the western Sindhia on Monday.',
        mentions: [
          ['Zarqa Strip', placeEntity('Zarqa Strip', 'RT', 'region')],
          ['Sindhia', sindhia],
        ],
      },
      ['Sindhia IN'],
    ],
    [
      'is a town named far after the trigger, not the nationality of the victims',
      {
        text:
          'Gunmen opened fire on a minibus carrying Ruritanian engineers and cooks for a Ruritanian ' +
          'building company known as Stonemasons United in Lakhpur.',
        mentions: [
          ['Ruritanian', demonymEntity('Ruritania', 'RT'), 1],
          ['Ruritanian', demonymEntity('Ruritania', 'RT'), 2],
          ['Lakhpur', placeEntity('Lakhpur', 'IN')],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      'is a region named far after the trigger, its nationality its own adjective',
      {
        text:
          'Nine fighters were killed in clashes with tribal militiamen backed by Sylvania-backed drone ' +
          'strikes in the remote northern Ruritanian province of Zarqa.',
        mentions: [
          ['Sylvania', placeEntity('Sylvania', 'SV', 'country')],
          ['Ruritanian', demonymEntity('Ruritania', 'RT')],
          ['Zarqa', placeEntity('Zarqa', 'RT', 'region')],
        ],
      },
      ['Zarqa RT'],
    ],
    [
      'is the foreign town the text names by its nationality, not the office of a home province',
      {
        text: 'Gunmen fired on the guards of the Sindhia governor in the Ruritanian border town of Zarqa.',
        mentions: [
          ['Sindhia', placeEntity('Sindhia', 'IN', 'region')],
          ['Ruritanian', demonymEntity('Ruritania', 'RT')],
          ['Zarqa', placeEntity('Zarqa', 'RT')],
        ],
      },
      ['Zarqa RT'],
    ],
    [
      'is the country of the town the text names by its nationality, not the neighbour across the border',
      {
        text: 'A roadside bomb killed four men in a small Ruritanian town near the border with Sylvania.',
        mentions: [
          ['Ruritanian', demonymEntity('Ruritania', 'RT')],
          ['Sylvania', placeEntity('Sylvania', 'SV', 'country')],
        ],
      },
      ['Ruritania RT'],
    ],
    [
      'is the town a foreign namesake is put beside, a locality the knowledge base lacks',
      {
        text: 'Militants in Zarqa, west of Lakhpur, killed a shopkeeper on Monday.',
        mentions: [
          ['Zarqa', placeEntity('Zarqa', 'RT')],
          ['Lakhpur', placeEntity('Lakhpur', 'IN')],
        ],
      },
      ['Lakhpur IN'],
    ],
    [
      'is where a person was struck, not the town he comes from',
      {
        text: 'Gunmen shot dead a schoolteacher from Lakhpur outside a bakery in Rampur.',
        mentions: [
          ['Lakhpur', townOfSindhia('Lakhpur')],
          ['Rampur', townOfSindhia('Rampur')],
        ],
      },
      ['Rampur IN'],
    ],
    [
      "is the town named before its province's seat in a compass part of the province",
      {
        text: 'Troops stormed rebel posts in Rampur in northern Sindhia, killing six fighters.',
        mentions: [
          ['Rampur', townOfSindhia('Rampur')],
          ['Sindhia', townOfSindhia('Sindhia')],
        ],
      },
      ['Rampur IN'],
    ],
    [
      "is the town named before its province's seat with no compass word",
      {
        text: 'Gunmen in Rampur in Sindhia shot dead two policemen on Friday.',
        mentions: [
          ['Rampur', townOfSindhia('Rampur')],
          ['Sindhia', townOfSindhia('Sindhia')],
        ],
      },
      ['Rampur IN'],
    ],
    [
      "is the province's seat when the place before it is a quarter of that town",
      {
        text: 'A mortar shell fell on the Old Gate quarter in Sindhia on Friday.',
        mentions: [
          [
            'Old Gate',
            {
              ...placeEntity('Old Gate', 'IN'),
              place: { ...placeEntity('Old Gate', 'IN').place!, precision: 'district', admin1: 'Sindhia' },
            },
          ],
          ['Sindhia', townOfSindhia('Sindhia')],
        ],
      },
      ['Sindhia IN'],
    ],
    [
      'is the district the text measures from a town, not the town it is measured from',
      {
        text: 'Jets pounded the Tirin valley northwest of Lakhpur with barrel bombs on Friday.',
        mentions: [
          [
            'Tirin',
            {
              ...placeEntity('Tirin', 'IN'),
              place: { ...placeEntity('Tirin', 'IN').place!, precision: 'district', admin1: 'Sindhia' },
            },
          ],
          ['Lakhpur', townOfSindhia('Lakhpur')],
        ],
      },
      ['Tirin IN'],
    ],
    [
      "is still the person's town when the clause names no other",
      {
        text: 'Gunmen shot dead a schoolteacher from Lakhpur on Monday.',
        mentions: [['Lakhpur', townOfSindhia('Lakhpur')]],
      },
      ['Lakhpur IN'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(placesOf(spec)).toEqual(expected);
  });

  it('falls back to the country of the article places, not of the agency that reported', () => {
    const places = placesOf({
      text:
        'وقالت المصادر لوكالة الأنباء الألمانية إن مسلحين قتلوا 18 مدنيا. ' +
        'وأفادت وكالة الأنباء الألمانية بأن الهجوم وقع قرب بعقوبة في ديالى.',
      mentions: [
        ['الألمانية', demonymEntity('Germany', 'DE'), 1],
        ['الألمانية', demonymEntity('Germany', 'DE'), 2],
        ['بعقوبة', placeEntity('Baqubah', 'IQ')],
        ['ديالى', placeEntity('Diyala', 'IQ', 'region')],
      ],
      quantities: [['18 مدنيا', { value: 18, qualifier: 'exact', role: 'killed' }]],
    });
    expect(places).not.toHaveLength(0);
    expect(places.every((p) => p?.endsWith(' IQ'))).toBe(true);
  });

  it('does not place a toll in the country someone was visiting, so it joins the incident told before', () => {
    const doc = fixtureDocument({
      text:
        'Rebels attacked the embassy in Lakhpur with rifles. ' +
        "Three guards were killed in the attack, which came during the minister's visit to Ruritania.",
      mentions: [
        ['Lakhpur', placeEntity('Lakhpur', 'IN')],
        ['Ruritania', placeEntity('Ruritania', 'RT', 'country')],
      ],
      quantities: [['Three guards', { value: 3, qualifier: 'exact', role: 'killed' }]],
    });
    extract.run(doc, ctx);
    resolve.run(doc, ctx);
    const e = doc.events!;
    expect(e.map((x) => [x.location?.name, x.fatalities?.value])).toEqual([['Lakhpur', 3]]);
  });
});

import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { killed } from '../extract/fixture-actors.js';

const mosul = placeEntity('Mosul', 'IQ');
/** A quarter of Mosul, resolved as the knowledge stage resolves a district of a city. */
const quarter = (name: string) => {
  const e = placeEntity(name, 'IQ');
  return {
    ...e,
    kind: 'district' as const,
    place: {
      ...e.place!,
      city: { name: 'Mosul', entity_id: mosul.entity_id!, lat: null, lon: null },
    },
  };
};

/** Each resolved event's quarter and dead. */
function told(spec: FixtureSpec): [string | undefined, number | undefined][] {
  return resolvedEvents(spec).map((e) => [e.location?.district?.name, e.fatalities?.value]);
}

describe('bombings told at two quarters of one city on one day', () => {
  it('are two incidents, however the second is worded', () => {
    for (const blast of ['انفجار عبوة ناسفة', 'الانفجار بعبوة ناسفة']) {
      const text =
        'قال شرطي إن ثلاثة أشخاص قتلوا في انفجار عبوة ناسفة قرب مخبز في حي الزهور بالموصل. ' +
        `وأضاف أن ${blast} قرب موقف للحافلات في حي النبي يونس أدى إلى مقتل شخص.`;
      const spec: FixtureSpec = {
        text,
        published: '2015-08-05',
        mentions: [
          ['حي الزهور', quarter('Zuhur')],
          ['الموصل', mosul],
          ['حي النبي يونس', quarter('Nabi Yunus')],
        ],
        quantities: [
          ['ثلاثة', killed(3, 'people')],
          ['شخص', killed(1, 'people')],
        ],
      };
      expect(told(spec)).toEqual([
        ['Zuhur', 3],
        ['Nabi Yunus', 1],
      ]);
    }
  });

  it('stay one incident when the city is told and then its quarter', () => {
    const text =
      'قال شرطي إن ثلاثة أشخاص قتلوا في انفجار عبوة ناسفة في الموصل. ' +
      'ووقع الانفجار قرب موقف للحافلات في حي النبي يونس.';
    const spec: FixtureSpec = {
      text,
      published: '2015-08-05',
      mentions: [
        ['الموصل', mosul],
        ['حي النبي يونس', quarter('Nabi Yunus')],
      ],
      quantities: [['ثلاثة', killed(3, 'people')]],
    };
    expect(told(spec)).toHaveLength(1);
  });
});

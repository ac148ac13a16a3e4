import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const killed = (value: number) => ({ value, qualifier: 'exact' as const, role: 'killed' as const });

describe('incidents counted from or told in bulk', () => {
  const mosul = placeEntity('Mosul', 'IQ');

  it.each<[string, FixtureSpec]>([
    [
      'an assassination a span of time is counted from',
      { text: 'وظلت حركة المرور في الموصل معطلة منذ اغتيال المحافظ.', mentions: [['الموصل', mosul]] },
    ],
    [
      'an English "since the bombing"',
      { text: 'Markets in Mosul have been quiet since the bombing.', mentions: [['Mosul', mosul]] },
    ],
    [
      'kidnappings told as a series',
      { text: 'وشهدت الموصل عمليات خطف لعراقيين وأجانب.', mentions: [['الموصل', mosul]] },
    ],
    [
      'killings told as crimes of a practice',
      { text: 'وارتكب المسلحون جرائم قتل في الموصل.', mentions: [['الموصل', mosul]] },
    ],
    [
      'rapes told as incidents of a practice',
      { text: 'وتحدثت نازحات عن حوادث اغتصاب في مخيمات الموصل.', mentions: [['الموصل', mosul]] },
    ],
    [
      'looting told as the deeds of a side',
      { text: 'واتهم الأهالي الميليشيا بأعمال نهب في أسواق الموصل.', mentions: [['الموصل', mosul]] },
    ],
  ])('drops %s', (_, spec) => {
    expect(subTypesOf(spec)).toEqual([]);
  });

  it('keeps a past incident counted from when it carries its own date', () => {
    const types = subTypesOf({
      text: 'وأعدم التنظيم مئات السكان منذ سيطرته على الموصل في العاشر من يونيو 2014.',
      mentions: [['الموصل', mosul]],
      times: [['العاشر من يونيو 2014', { value: '2014-06-10', precision: 'day', reason: 'explicit' }]],
    });
    expect(types).toContain('Non-state actor overtakes territory');
  });

  it('keeps a series of bombs, which is as often one incident', () => {
    const types = subTypesOf({
      text: 'A series of bombs hit two banks and a shop in Mosul.',
      mentions: [['Mosul', mosul]],
    });
    expect(types).toEqual(['Remote explosive/landmine/IED']);
  });

  it('keeps the one incident told after an opening that names its series in a region', () => {
    const region = placeEntity('Rivland', 'RV', 'region');
    const types = (text: string) => subTypesOf({ text, mentions: [['Rivland', region]] });
    expect(types('In a string of blasts in Rivland, a bakery lost its front.')).toEqual([
      'Remote explosive/landmine/IED',
    ]);
    expect(types('In one of a spate of explosions in Rivland, a footbridge fell.')).toEqual([
      'Remote explosive/landmine/IED',
    ]);
    expect(types('Leaders spoke about the explosions in Rivland.')).toEqual([]);
  });

  it('keeps a series told with its day and toll', () => {
    const types = subTypesOf({
      text: 'وشهدت الموصل امس سلسلة تفجيرات قتل فيها 20 شخصا.',
      mentions: [['الموصل', mosul]],
      times: [['امس', { value: '2015-07-21', precision: 'day', reason: 'yesterday' }]],
      quantities: [['20 شخصا', killed(20)]],
    });
    expect(types).toEqual(['Remote explosive/landmine/IED']);
  });
});

describe('a campaign launched', () => {
  const army = actorEntity('Military Forces of Iraq', 'state-forces', 'IQ');
  const spec = (text: string): FixtureSpec => ({
    text,
    mentions: [
      ['الجيش العراقي', army],
      ['الموصل', placeEntity('Mosul', 'IQ')],
    ],
  });

  it('keeps the arrests it holds', () => {
    expect(subTypesOf(spec('وشن الجيش العراقي حملة اعتقالات في الموصل امس.'))).toEqual(['Arrests']);
  });

  it('keeps a strike told as part of a campaign still going on', () => {
    expect(subTypesOf(spec('وقصف الجيش العراقي مواقع في الموصل امس ضمن الحملة على التنظيم.'))).toHaveLength(
      1,
    );
  });
});

describe('a day or a court told beside the act', () => {
  const kandor: FixtureSpec['mentions'] = [['Kandor', placeEntity('Kandor', 'AF')]];
  const monday: FixtureSpec['times'] = [
    ['on Monday', { value: '2016-08-22', precision: 'day', reason: 'weekday' }],
  ];

  it('leaves a protest outside a court a protest', () => {
    const text =
      'Relatives of the accused protested outside the court in Kandor on Monday after the verdict.';
    expect(subTypesOf({ text, mentions: kandor, times: monday })).toEqual(['Peaceful protest']);
  });

  it('does not date the killings by the day they were spoken of', () => {
    const text = 'Police said on Monday that similar killings in Kandor this year went unpunished.';
    expect(subTypesOf({ text, mentions: kandor, times: monday })).toEqual([]);
    // The day read without its "on": the verb of saying stands one word further back.
    const bare: FixtureSpec['times'] = [['Monday', monday![0][1]]];
    expect(subTypesOf({ text, mentions: kandor, times: bare })).toEqual([]);
  });
});

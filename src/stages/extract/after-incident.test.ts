import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

describe('an incident named after "after"', () => {
  it('does not take the sides of what followed it (English "after")', () => {
    const text =
      'Turkish jets had pounded camps of the PKK in the mountains of northern Iraq for days, after the suicide bombing in Gaziantep.';
    const mentions: FixtureSpec['mentions'] = [
      ['PKK', actorEntity('Kurdistan Workers Party')],
      ['Gaziantep', placeEntity('Gaziantep', 'TR')],
    ];
    expect(actorsOf({ text, mentions }, -1)).toEqual([undefined, undefined]);
  });

  it('does not take the sides of what followed it (Arabic «إثر»)', () => {
    const text =
      'وكانت القوات التركية قصفت خلال الأيام الماضية مواقع تنظيم داعش في سوريا، إثر الهجوم الانتحاري في غازي عنتاب قبل عشرة أيام.';
    const spec: FixtureSpec = {
      text,
      published: '2016-08-02',
      mentions: [
        ['القوات التركية', actorEntity('Military Forces of Turkey', 'state-forces', 'TR')],
        ['تنظيم داعش', actorEntity('Islamic State')],
        ['سوريا', placeEntity('Syria', 'SY', 'country')],
        ['غازي عنتاب', placeEntity('Gaziantep', 'TR')],
      ],
      times: [
        [
          'خلال الأيام الماضية',
          { value: '2016-07-30', end: '2016-08-02', precision: 'day', reason: 'recent days' },
        ],
        ['قبل عشرة أيام', { value: '2016-07-23', precision: 'day', reason: 'days before publication' }],
      ],
    };
    expect(actorsOf(spec, -1)).toEqual([undefined, undefined]);
  });
});

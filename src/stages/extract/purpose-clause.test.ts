import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

describe('sides of an act only intended', () => {
  it('does not take the victims of an intended massacre for the target of the attack', () => {
    expect(
      actorsOf({
        text: 'هاجم الحوثيون مدينة الضالع بغية اقتحامها وتنفيذ مجازر بحق المدنيين.',
        mentions: [
          ['الحوثيون', actorEntity('Houthi Movement')],
          ['مدينة الضالع', placeEntity('Ad Dali', 'YE')],
        ],
      }),
    ).toEqual(['Houthi Movement', undefined]);
  });

  it('does not take the side an avenged attack was against for the target of the reprisal', () => {
    expect(
      actorsOf({
        text: 'قصف الجيش مواقع لتنظيم داعش قرب الموصل ردا على هجوم شنه التنظيم ضد قوات الأمن.',
        mentions: [
          ['داعش', actorEntity('Islamic State')],
          ['الموصل', placeEntity('Mosul', 'IQ')],
        ],
      }),
    ).toEqual(['Military Forces of Iraq', 'Islamic State']);
  });
});

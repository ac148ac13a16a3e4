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

  it('takes the killers for the perpetrator, not the side named in the charge they punished', () => {
    expect(
      actorsOf({
        text: 'قتل مسلحون حوثيون مزارعا في مدينة إب بتهمة التعاون مع المقاومة ضد الحوثيين.',
        mentions: [
          ['حوثيون', actorEntity('Houthi Movement')],
          ['الحوثيين', actorEntity('Houthi Movement')],
          ['مدينة إب', placeEntity('Ibb', 'YE')],
        ],
      })[0],
    ).toBe('Houthi Movement');
  });

  it('does not take the side a campaign is against for the target of one of its acts', () => {
    expect(
      actorsOf({
        text: 'Militants shelled a market in Arish on Sunday as part of their campaign against the army.',
        mentions: [['Arish', placeEntity('Arish', 'EG')]],
      })[1],
    ).toBe('Civilians');
  });

  it('does not take the side operations are against, told «ضمن», for the target', () => {
    expect(
      actorsOf({
        text: 'قصف مسلحون سوقا في مدينة العريش ضمن عملياتهم ضد الجيش.',
        mentions: [['مدينة العريش', placeEntity('Arish', 'EG')]],
      })[1],
    ).toBe('Civilians');
  });
});

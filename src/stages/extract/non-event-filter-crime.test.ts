import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

describe('incidents told in a crime story', () => {
  it('keeps the protest but not the killing or the arrest in an ordinary crime story', () => {
    const types = subTypesOf({
      text:
        'قتل رجل ضابطا في مدينة اللاذقية بعد خلاف على الطريق. ' +
        'وألقت الشرطة القبض على الجاني في اللاذقية. ' +
        'وتظاهر المئات في اللاذقية للمطالبة بمحاسبته.',
      mentions: [
        ['اللاذقية', placeEntity('Latakia', 'SY'), 1],
        ['اللاذقية', placeEntity('Latakia', 'SY'), 2],
        ['اللاذقية', placeEntity('Latakia', 'SY'), 3],
      ],
    });
    expect(types).toEqual(['Peaceful protest']);
  });

  it("reads a crime word opening an agency's name as the agency, not a crime the story tells", () => {
    const story = (agency: string) =>
      subTypesOf({
        text: `An officer of the ${agency} was gunned down by a pair of riders on a motorcycle in Medellin.`,
        mentions: [['Medellin', placeEntity('Medellin', 'CO')]],
      });
    expect(story('Drug Enforcement Administration')).toEqual(['Attack']);
    expect(story('drug trade')).toEqual([]);
  });

  it('drops a killing over a quarrel told only by its motive and its murdered victim', () => {
    const types = subTypesOf({
      text:
        'أوقفت الشرطة رجلا متهما بقتل ضابط متقاعد في مدينة جدة إثر خلاف على أفضلية المرور. ' +
        'ونقلت جثة المغدور إلى المستشفى في جدة.',
      mentions: [
        ['جدة', placeEntity('Jeddah', 'SA'), 1],
        ['جدة', placeEntity('Jeddah', 'SA'), 2],
      ],
    });
    expect(types).toEqual([]);
  });

  it('keeps a shooting whose robbery motive the police ruled out', () => {
    const types = subTypesOf({
      text: 'A judge was shot dead outside his house in Medellin. Police ruled out robbery as a motive.',
      mentions: [['Medellin', placeEntity('Medellin', 'CO')]],
    });
    expect(types).toEqual(['Attack']);
  });

  it('keeps a shooting at a journalist who wrote about drugs, but not a shooting over drugs', () => {
    const shooting = (text: string) =>
      subTypesOf({ text, mentions: [['Medellin', placeEntity('Medellin', 'CO')]] });
    expect(
      shooting('Two men shot at a radio journalist in Medellin. He had written about drug gangs.'),
    ).toEqual(['Attack']);
    expect(shooting('Two men shot a trader in Medellin. The quarrel was about drugs.')).toEqual([]);
  });

  it('keeps a stabbing by an extremist that the police call a hate crime', () => {
    const types = subTypesOf({
      text: 'طعن رجل متطرف أربعة مصلين أمام مسجد في مدينة حيفا. ووصفت الشرطة الهجوم بأنه جريمة كراهية.',
      mentions: [['حيفا', placeEntity('Haifa', 'IL')]],
    });
    expect(types).toEqual(['Attack']);
  });

  it('keeps a shooting put down to a dispute between factions, but not to a land dispute', () => {
    const shooting = (cause: string) =>
      subTypesOf({
        text: `A man was shot dead by an unknown assailant in Mosul. His death is put down to ${cause}.`,
        mentions: [['Mosul', placeEntity('Mosul', 'IQ')]],
      });
    expect(shooting('a dispute among exile organisations')).toEqual(['Attack']);
    expect(shooting('a land dispute with his cousin')).toEqual([]);
  });

  it('keeps a killing a rights group calls a war crime: a charge laid on a side at war, no ordinary crime', () => {
    const story = (charge: string) =>
      subTypesOf({
        text: `أعدم جنود خمسة أسرى في قرية المالكية، ووصفت منظمة حقوقية ما جرى بأنه ${charge}.`,
        mentions: [['المالكية', placeEntity('Al Malikiyah', 'SY')]],
      });
    expect(story('جريمة حرب')).toEqual(['Attack']);
    expect(story('جريمة ضد الإنسانية')).toEqual(['Attack']);
    expect(story('جريمة ثأر')).toEqual([]);
  });

  it('keeps a killing by a named armed group even where the text calls it a crime', () => {
    const types = subTypesOf({
      text: 'اغتال تنظيم داعش قاضيا في مدينة الموصل في جريمة جديدة.',
      mentions: [
        ['تنظيم داعش', actorEntity('Islamic State')],
        ['الموصل', placeEntity('Mosul', 'IQ')],
      ],
    });
    expect(types).toEqual(['Attack']);
  });
});

import { describe, expect, it } from 'vitest';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

describe('sides only suspected of a part in the act', () => {
  it('does not take a side whose involvement could not be ruled out for the perpetrator', () => {
    expect(
      actorsOf({
        text: 'The involvement of Lashkar-e-Taiba in the bombing in Jammu that killed two people could not be ruled out.',
        mentions: [
          ['Lashkar-e-Taiba', actorEntity('Lashkar-e-Taiba')],
          ['Jammu', placeEntity('Jammu', 'IN')],
        ],
        quantities: [['two', killed(2, 'people')]],
      }),
    ).toEqual([undefined, 'Civilians']);
  });

  it('does not take a group the police do not rule out for the perpetrator, in Arabic', () => {
    const [actor1, actor2] = actorsOf({
      text: 'لم تستبعد الشرطة تورط حركة طالبان في التفجير الذي قتل خمسة أشخاص في كابول.',
      mentions: [
        ['حركة طالبان', actorEntity('Taliban')],
        ['كابول', placeEntity('Kabul', 'AF')],
      ],
      quantities: [['خمسة', killed(5, 'people')]],
    });
    expect(actor1).toBeUndefined();
    expect(actor2).toBeDefined();
  });

  it('still takes a side whose involvement the police confirmed', () => {
    const [actor1] = actorsOf({
      text: 'Police confirmed the involvement of Lashkar-e-Taiba in the bombing in Jammu that killed two people.',
      mentions: [
        ['Lashkar-e-Taiba', actorEntity('Lashkar-e-Taiba')],
        ['Jammu', placeEntity('Jammu', 'IN')],
      ],
      quantities: [['two', killed(2, 'people')]],
    });
    expect(actor1).toBe('Lashkar-e-Taiba');
  });

  it('does not take a side officials believe was behind the bombing for the perpetrator', () => {
    const [actor1, actor2] = actorsOf({
      text: 'Officials believe the Haqqani network was behind the bombing that killed nine people in Kabul.',
      mentions: [
        ['Haqqani network', actorEntity('Haqqani Network')],
        ['Kabul', placeEntity('Kabul', 'AF')],
      ],
      quantities: [['nine', killed(9, 'people')]],
    });
    expect(actor1).toBeUndefined();
    expect(actor2).toBe('Civilians');
  });
});

import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

describe('the people who live where a battle was fought', () => {
  it('are not its target', () => {
    const text =
      'وقال المرصد إن اشتباكات عنيفة دارت أمس قرب قرية يسكنها مدنيون بين الجيش وجيش الفتح شمال إدلب.';
    const [, actor2] = actorsOf({
      text,
      mentions: [
        ['جيش الفتح', actorEntity('Jaish al-Fatah')],
        ['إدلب', placeEntity('Idlib', 'SY')],
      ],
    });
    expect(actor2).not.toBe('Civilians');
  });
});

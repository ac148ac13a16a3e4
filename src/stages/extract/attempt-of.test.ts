import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

describe('attemptOf: the side in the genitive of an attempt to attack started the clash', () => {
  it('makes the side that tried to storm the posts actor1, the side it tried it on actor2', () => {
    const text =
      'وتجددت الاشتباكات بين الطرفين في بلدة قعطبة بعد محاولة الحوثيين اقتحام مواقع تتمركز فيها المقاومة الشعبية فجر الثلاثاء.';
    const [event] = resolvedEvents({
      text,
      mentions: [
        ['قعطبة', placeEntity('Qatabah', 'YE')],
        ['الحوثيين', actorEntity('Houthi Movement')],
        ['المقاومة الشعبية', actorEntity('Popular Resistance (Yemen)')],
      ],
    });
    expect([event.actor1?.name, event.actor2?.name]).toEqual([
      'Houthi Movement',
      'Popular Resistance (Yemen)',
    ]);
  });
});

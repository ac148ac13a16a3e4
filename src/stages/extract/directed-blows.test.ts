import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const army = actorEntity('Military Forces of Yemen', 'state-forces', 'YE');
const houthis = actorEntity('Houthi Movement');
const saada = placeEntity("Sa'dah", 'YE');

describe('the side a blow is dealt to', () => {
  it.each([
    ['joined «لـ»', 'وقال الجيش إن المقاتلين الموالين وجهوا ضربات قاسية للحوثيين قرب صعدة.', 'للحوثيين'],
    ['«إلى»', 'وقال الجيش إن المقاتلين الموالين وجهوا ضربات قاسية إلى الحوثيين قرب صعدة.', 'الحوثيين'],
  ])('is the target, told with %s, never the dealer', (_, text, name) => {
    const [actor1, actor2] = actorsOf({
      text,
      mentions: [
        ['الجيش', army],
        [name, houthis],
        ['صعدة', saada],
      ],
    });
    expect([actor1 === 'Houthi Movement', actor2]).toEqual([false, 'Houthi Movement']);
  });
});

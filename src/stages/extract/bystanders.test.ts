import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';

describe('sides named for a place', () => {
  it('does not take the people who use a road for the ones arrested on it', () => {
    expect(
      actorsOf({
        text: 'اعتقلت الشرطة الإسرائيلية شابا بشبهة إلقاء الحجارة على طريق يستخدمه المستوطنون قرب مدينة الخليل.',
        mentions: [
          ['الإسرائيلية', demonymEntity('Israel', 'IL')],
          ['المستوطنون', actorEntity('Israeli Settlers', 'group')],
          ['مدينة الخليل', placeEntity('Hebron', 'PS')],
        ],
      }),
    ).toEqual(['Police Forces of Israel', undefined]);
  });
});

import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const police = actorEntity('Police Forces of Afghanistan', 'state-forces', 'AF');
const kunduz = placeEntity('Kunduz', 'AF');

describe('the teller of an incident', () => {
  it.each([
    ['report', 'Police report that gunmen raided a school in Kunduz on Sunday.'],
    ['say', 'Police say gunmen raided a school in Kunduz on Sunday.'],
  ])('is no side of the raid it tells with "%s"', (_, text) => {
    const [actor1] = actorsOf({
      text,
      mentions: [
        ['Police', police],
        ['Kunduz', kunduz],
      ],
    });
    expect(actor1).toBeUndefined();
  });
});

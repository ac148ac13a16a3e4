import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import { placeEntity } from './fixture-entities.js';

const mentions: [string, ReturnType<typeof placeEntity>][] = [['Tarma', placeEntity('Tarma', 'PE')]];

describe('a side told as looking into the act', () => {
  it.each([
    'A police detective heading the inquiry into a bombing that hit Tarma on Monday said the device was home-made.',
    'Army officers investigating a bombing that hit Tarma on Monday said the device was home-made.',
  ])('is not its perpetrator: %s', (text) => {
    expect(actorsOf({ text, mentions })[0]).toBeUndefined();
  });

  it('still did an act it is not said to look into', () => {
    const text = 'Army officers bombed a rebel camp in Tarma on Monday.';
    expect(actorsOf({ text, mentions })[0]).toBe('Military Forces of Peru');
  });
});

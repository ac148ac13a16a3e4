import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

const sarim = placeEntity('Wadi Sarim', 'SD');

describe('a fire told, then told as set', () => {
  it('reads "the fire was started deliberately" after a placed fire as arson there', () => {
    const text =
      'A fire at the radio station in Wadi Sarim cut broadcasts for several hours. ' +
      'Police said the fire had been started deliberately.';
    expect(subTypesOf({ text, mentions: [['Wadi Sarim', sarim]] })).toEqual(['Looting/property destruction']);
  });

  it('tells no arson when the sentence before tells shooting, not a blaze', () => {
    const text =
      'Soldiers opened fire near the radio station in Wadi Sarim. Police said the fire had been started deliberately.';
    expect(subTypesOf({ text, mentions: [['Wadi Sarim', sarim]] })).not.toContain(
      'Looting/property destruction',
    );
  });

  it('tells no arson for a fire nobody is said to have set', () => {
    const text = 'A fire at the radio station in Wadi Sarim cut broadcasts. The fire was out by noon.';
    expect(subTypesOf({ text, mentions: [['Wadi Sarim', sarim]] })).toEqual([]);
  });
});

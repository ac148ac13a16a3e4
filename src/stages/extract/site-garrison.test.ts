import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import { placeEntity } from './fixture-entities.js';

describe('a garrison, barracks or outpost named with a force', () => {
  it.each([
    'Gunmen raided an army garrison near Tarma before dawn on Monday.',
    'Masked attackers set fire to the police barracks near Tarma on Monday.',
    'Gunmen overran a remote army outpost near Tarma on Monday.',
  ])('is where the blow fell, not the force that struck: %s', (text) => {
    expect(actorsOf({ text, mentions: [['Tarma', placeEntity('Tarma', 'PE')]] })[0]).toBeUndefined();
  });
});

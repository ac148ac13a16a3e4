import { describe, expect, it } from 'vitest';
import { latinPlaceName } from './arabic-latin.js';

describe('an unknown place name written in Latin letters', () => {
  it.each([
    ['أبو ناعورة', 'Abu Naura'],
    ['كفر زيتا', 'Kafr Zita'],
    ['عين العرب', 'Ain Al-Arb'],
    ['يبرود', 'Yabrud'],
    ['وادي بردى', 'Wadi Barda'],
    ['العطرية', 'Al-Atriya'],
  ])('spells %s as %s', (arabic, latin) => {
    expect(latinPlaceName(arabic)).toBe(latin);
  });

  it('keeps a name already written in Latin letters', () => {
    expect(latinPlaceName('Kafr Nabl')).toBe('Kafr Nabl');
  });
});

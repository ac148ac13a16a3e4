import { describe, expect, it } from 'vitest';
import { namedAsVillage } from './village-names.js';

/** Whether `name`, at its first place in `text`, is named as a village. */
const asVillage = (text: string, name: string) =>
  namedAsVillage(text, [text.indexOf(name), text.indexOf(name) + name.length]);

describe('namedAsVillage', () => {
  it('reads a village from the word its name opens with or the commune word before it', () => {
    expect(asVillage('Arsonists burned a hut in Ban Khok Lom.', 'Ban Khok Lom')).toBe(true);
    expect(asVillage('A clerk from tambon Sai Rae was knifed.', 'Sai Rae')).toBe(true);
    expect(asVillage('A pylon in Killi Almo fell.', 'Killi Almo')).toBe(true);
  });

  it('reads none from a name that opens otherwise', () => {
    expect(asVillage('Arsonists burned a hut in Ostmark.', 'Ostmark')).toBe(false);
    expect(asVillage('Banners hung in Bandar Lubz.', 'Bandar Lubz')).toBe(false);
  });
});

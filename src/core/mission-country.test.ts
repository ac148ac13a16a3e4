import { describe, expect, it } from 'vitest';
import { townMention } from './mention-fixture.js';
import { namesMission } from './mission-country.js';

describe('namesMission', () => {
  it.each([
    ['A grenade hit the Norwegian Embassy on Sunday.', 'Norwegian', true],
    ["Gunmen seized Norway's honorary consul at his office.", 'Norway', true],
    ['Shots were fired at the U.S. consulate-general in the port.', 'U.S', true],
    ['A bomb was left at the residence of the ambassador of Norway.', 'Norway', true],
    ['The Norwegian ambassador to Tarsia was wounded in Lakhpur.', 'Tarsia', false],
    ['A bomb went off near a Norwegian bank in Lakhpur.', 'Norwegian', false],
  ])('"%s": %s names a mission: %s', (text, name, expected) => {
    const m = townMention(text, name, 'NO');
    expect(namesMission({ ...m, place: { ...m.place!, precision: 'country' } }, text)).toBe(expected);
  });

  it('asks only of countries: a town named before an embassy is where it stands', () => {
    const text = 'A bomb went off outside the Lakhpur embassy district.';
    expect(namesMission(townMention(text, 'Lakhpur'), text)).toBe(false);
  });
});

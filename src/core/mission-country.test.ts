import { describe, expect, it } from 'vitest';
import { townMention } from './mention-fixture.js';
import { namesMission } from './mission-country.js';

describe('namesMission', () => {
  it.each([
    ['A grenade hit the Norwegian Embassy on Sunday.', 'Norwegian', true],
    ["Gunmen seized Norway's honorary consul at his office.", 'Norway', true],
    ['Stones smashed a window of the U.S. consulate-general by the harbour.', 'U.S', true],
    ['Protesters rallied outside the home of the ambassador of Norway.', 'Norway', true],
    ['The Norwegian ambassador to Tarsia was wounded in Lakhpur.', 'Tarsia', false],
    ['A fire gutted a Norwegian bank in Lakhpur.', 'Norwegian', false],
  ])('"%s": %s names a mission: %s', (text, name, expected) => {
    const m = townMention(text, name, 'NO');
    expect(namesMission({ ...m, place: { ...m.place!, precision: 'country' } }, text)).toBe(expected);
  });

  it('asks only of countries: a town named before an embassy is where it stands', () => {
    const text = 'A fire swept through the Lakhpur embassy district.';
    expect(namesMission(townMention(text, 'Lakhpur'), text)).toBe(false);
  });
});

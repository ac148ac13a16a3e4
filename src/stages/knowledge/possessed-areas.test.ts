import { describe, expect, it } from 'vitest';
import { placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();
const places = (text: string): string[] => placeMentions(kb, text, { demonyms: false });

describe('a name owning the district, area or village named next', () => {
  it.each([
    [
      'a province owning a district: the province, not its seat',
      "Gunmen shot a rubber tapper in Yala's Bannang Sata district at dawn",
      ['Yala=region:th:yala', 'Bannang Sata=place:th:bannang-sata'],
    ],
    [
      'an agency owning an area: only the area',
      "Rockets hit a line of fuel trucks in the Khyber Agency's Jamrud area",
      ['Jamrud=place:pk:jamrud'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    [
      'a town owning a quarter the base puts in it',
      "Shrapnel from a blast hurt two traders in Baghdad's Karrada district",
      'Karrada=place:iq:karrada',
    ],
    [
      'a town whose name names no province, owning an area',
      "Police found a body in Baquba's Ghalibiyah area",
      'Baquba=place:iq:baqubah',
    ],
    [
      'a town owning a quarter the base knows only as a far namesake',
      "A parcel bomb was defused in Istanbul's Aksaray district",
      'Istanbul=place:tr:istanbul',
    ],
  ])('keeps the town: %s', (_label, text, expected) => {
    expect(places(text)).toContain(expected);
  });
});

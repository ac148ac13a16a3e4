import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** The entity ids of the places named in `text`, read as one sentence. */
const placesIn = (text: string) =>
  findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined)
    .map((m) => m.entity_id);

// Yala, Pattani, Ghazni and Boumerdes are each a province and its seat town.
describe('a province sharing its name with its seat town', () => {
  it('is the province when a place of it is tied to the name', () => {
    expect(
      placesIn('Arsonists torched a clinic near a Raman district village in Yala late on Friday.'),
    ).toEqual(['place:th:raman', 'region:th:yala']);
    expect(placesIn("Two arson attacks hit Narathiwat province's Chanae district.")).toContain(
      'region:th:narathiwat',
    );
    expect(placesIn('A bomb damaged the town hall of Benchoud (Boumerdes) overnight.')).toContain(
      'region:dz:boumerdes',
    );
  });

  // The second name's reading, by the words between a place of the province and it.
  it.each([
    ['A grenade hit the Hawija bus station in Kirkuk.', 'region:iq:kirkuk'],
    ['Gunmen fired on the Kozluk checkpoint, in Batman.', 'region:tr:batman'],
    ['A bomb went off in Hawija and in Kirkuk.', 'place:iq:kirkuk'],
    ['The convoy left Hawija bound to Kirkuk.', 'place:iq:kirkuk'],
    ['Hawija police were sent in Kirkuk.', 'place:iq:kirkuk'],
  ])('reads "%s" with %s', (text, second) => {
    expect(placesIn(text)[1]).toBe(second);
  });

  it('lets the namesake step pick the district of that province', () => {
    expect(placesIn("A tower was burned overnight in Ghazni province's Qarabagh district.")).toEqual([
      'region:af:ghazni',
      'place:af:qarabagh-ghazni',
    ]);
  });

  it('stays the town when nothing ties a place of the province to it', () => {
    expect(placesIn('A convoy drove from Raman to Yala on Friday.')).toEqual([
      'place:th:raman',
      'place:th:yala',
    ]);
    expect(placesIn('Teachers from Yala, Pattani and Narathiwat met this week.')).toEqual([
      'place:th:yala',
      'place:th:pattani',
      'place:th:narathiwat',
    ]);
  });
  it('stays the town when the name before it is the same town, restated', () => {
    expect(placesIn('In the Sudanese capital, Khartoum, thieves looted a pharmacy at noon.')).toEqual([
      'place:sd:khartoum',
      'place:sd:khartoum',
    ]);
  });

  it('reads the territory before a border, a fence or a withdrawal', () => {
    expect(placesIn('A mortar round fell by the Gaza border fence late on Monday.')).toEqual([
      'region:ps:gaza-strip',
    ]);
    expect(placesIn('Settlers marched against the planned Gaza pullout.')).toEqual(['region:ps:gaza-strip']);
    expect(placesIn('A mortar round fell on a school in Gaza late on Monday.')).toEqual(['place:ps:gaza']);
  });
});

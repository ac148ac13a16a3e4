import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** The entity ids of the places named in `text`, read as one sentence. */
const placesIn = (text: string) =>
  findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined)
    .map((m) => m.entity_id);

// Every province of Thailand has a seat district called Mueang ("Muang"): the sentence tells which.
describe('namesakes in one country, told apart by the town or province named with them', () => {
  it('reads the Muang district of the province the sentence names', () => {
    expect(
      placesIn('A fuel depot caught fire in Muang district, Narathiwat province, before dawn.'),
    ).toContain('place:th:mueang-narathiwat');
    expect(placesIn("Arsonists torched a kiosk in Pattani's Muang district overnight.")).toContain(
      'place:th:mueang-pattani',
    );
  });

  it('keeps the ranked namesake when the sentence names none of the provinces', () => {
    expect(placesIn('A fuel depot caught fire in Muang district before dawn.')).toEqual([
      'place:th:mueang-yala',
    ]);
  });

  it('reads the Muang district of the province an earlier sentence names, when its own names none', () => {
    const first = 'Rangers searched farms in Narathiwat province on Sunday.';
    const text = `${first} A grenade later hit a tea stall in Muang district.`;
    const sentences: [number, number][] = [
      [0, first.length],
      [first.length + 1, text.length],
    ];
    const places = findMentions(kb, text, sentences).map((m) => m.entity_id);
    expect(places).toContain('place:th:mueang-narathiwat');
    // Its own sentence's province still comes first.
    const own = `${first} A grenade later hit a tea stall in Muang district, Yala.`;
    expect(
      findMentions(kb, own, [
        [0, first.length],
        [first.length + 1, own.length],
      ]).map((m) => m.entity_id),
    ).toContain('place:th:mueang-yala');
  });

  it('keeps a province read as such, whose own town shares its name', () => {
    const places = placesIn(
      'A car bomb went off by a school in Qamishli, Hasaka province, at noon, a Hasaka police officer said.',
    );
    expect(places).toContain('region:sy:hasakah');
    expect(places).not.toContain('place:sy:al-hasakah');
  });
});

// Grozny and Makhachkala each have a Leninsky district; reports name it with its town or after it.
describe('a city district two towns share, told apart by the town named with it', () => {
  it('reads the district of the town the sentence names', () => {
    expect(placesIn("A sniper wounded a traffic officer in Makhachkala's Leninsky district.")).toContain(
      'place:ru:makhachkala:leninsky',
    );
    expect(placesIn('Sappers cleared a mine from a yard in the Leninsky district of Grozny.')).toContain(
      'place:ru:grozny:leninsky',
    );
  });
});

describe('a namesake abroad, told by the town its sentence names inside it', () => {
  it('reads the province holding the town named beside it, not the foreign town the name ranks first', () => {
    const places = placesIn('Arsonists struck outside the Santander teachers union in Bucaramanga.');
    expect(places).toContain('region:co:santander');
    expect(places).not.toContain('place:es:santander');
  });

  it('keeps the ranked town when the sentence names nothing inside a namesake', () => {
    expect(placesIn('Arsonists struck outside a teachers union in Santander.')).toEqual([
      'place:es:santander',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** The country the text's mention named `name` is read in. */
const countryOf = (text: string, name: string): string | null | undefined =>
  findMentions(kb, text, [[0, text.length]]).find((m) => text.slice(m.span[0], m.span[1]) === name)?.place
    ?.country;

describe("a small town abroad whose name a town of the article's country shares", () => {
  it("is that country's town when the article names its places again and again and none of the other's", () => {
    const text = 'Firebombs hit a bank in San Miguel. Shops burned in Quilmes and in Mar del Plata.';
    expect(countryOf(text, 'San Miguel')).toBe('AR');
  });

  it('stays abroad when the article names only one place of that country', () => {
    const text = 'Firebombs hit a bank in San Miguel. Shops burned in Quilmes.';
    expect(countryOf(text, 'San Miguel')).toBe('CO');
  });

  it('stays abroad when the article names a place of its own country too', () => {
    const text =
      'Firebombs hit a bank in San Miguel. Shops burned in Quilmes, in Mar del Plata and in Bogota.';
    expect(countryOf(text, 'San Miguel')).toBe('CO');
  });
});

describe('a town whose sentence names a place of one other country', () => {
  it('is the namesake in that country, even when the other place is too small to vote', () => {
    const text = 'A clerk of El Paso was shot near Chiriguana.';
    expect(countryOf(text, 'El Paso')).toBe('CO');
  });

  it('stays where it ranks first when the article names a place of its country too', () => {
    const text = 'A clerk of El Paso was shot near Chiriguana. Texas police were told.';
    expect(countryOf(text, 'El Paso')).toBe('US');
  });
});

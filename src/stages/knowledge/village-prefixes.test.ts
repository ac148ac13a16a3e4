import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every place mention the shipped base finds in `text`, in text order. */
function places(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined)
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('a village named in one country’s way, in an article naming no country', () => {
  it('reads a Thai village ("Ban …") after a word that opens a place as Thailand, on the village’s span', () => {
    expect(places('Two riders shot the headman of Ban Khlong Yai Noi at dusk.')).toEqual([
      'Ban Khlong Yai Noi=country:TH',
    ]);
    expect(places('Arsonists burned a school in Ban Sa-ngo Phrom overnight.')).toEqual([
      'Ban Sa-ngo Phrom=country:TH',
    ]);
  });

  it('reads the name after "tambon" and a numbered "Moo" as Thailand, and a Balochi "Killi …" as Pakistan', () => {
    expect(places('A deputy chief from the tambon of Lam Phaya was shot dead.')).toEqual([
      'Lam Phaya=country:TH',
    ]);
    expect(places('Gunmen torched a house in Moo 7 before dawn.')).toEqual(['Moo 7=country:TH']);
    expect(places('A pylon was blown up in Killi Sher Dost on Monday.')).toEqual([
      'Killi Sher Dost=country:PK',
    ]);
  });

  it('leaves the UN chief and a ban on something alone', () => {
    expect(places('A statement of Ban Ki-moon condemned the raid.')).toEqual([]);
    expect(places('The Ban on fishing was lifted in the spring.')).toEqual([]);
  });

  it('adds nothing when the article names a country or a place of one', () => {
    expect(places('Gunmen from Ban Khlong Yai Noi crossed into Malaysia.')).toEqual(['Malaysia=country:MY']);
  });
});

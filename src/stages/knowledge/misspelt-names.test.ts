import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';
import { inOneSlipAway, oneSlipApart } from './misspelt-names.js';
import { oneSlipAway } from './misspelt-towns.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every place mention, in text order. */
function places(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined)
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('a town of two words with one of them misspelt', () => {
  it('is the one town so named but for a slip in the second word, on the text’s own span', () => {
    expect(places('Mortars fell on Kfar Drom overnight.')).toEqual(['Kfar Drom=place:ps:kfar-darom']);
    expect(places('A shop burned in a suburb of New Dehli.')).toEqual(['New Dehli=place:in:new-delhi']);
  });

  it('or for a slip in the first word', () => {
    expect(places('Gunfire was heard near Never Deqalim at dawn.')).toEqual([
      'Never Deqalim=place:ps:neve-dekalim',
    ]);
  });

  it('is left out as where fire came from when a place named after it is where the fire fell', () => {
    expect(places('Rockets were fired from Khan Yurnus overnight.')).toEqual([
      'Khan Yurnus=place:ps:khan-younis',
    ]);
    expect(places('Rockets fired from Khan Yurnus struck a greenhouse in Morag.')).toEqual([
      'Morag=place:ps:morag',
    ]);
  });

  it('is put on the map by a place noun after it, or by a capitalised locative before it', () => {
    expect(places('Shells hit the Neve Deqlim settlement.')).toEqual(['Neve Deqlim=place:ps:neve-dekalim']);
    expect(places('In Kfar Drom a greenhouse burned.')).toEqual(['Kfar Drom=place:ps:kfar-darom']);
  });
});

describe('two capitalised words the rule leaves alone', () => {
  it('a person’s name, with nothing that puts it on the map', () => {
    expect(places('Mourners gathered for Saiyd Sadiq, a cleric, on Sunday.')).toEqual([]);
  });

  it('a town of another country than the article’s', () => {
    expect(places('A shop burned in a suburb of New Dehli, Pakistan.')).toEqual(['Pakistan=country:PK']);
  });

  it('a town abroad, when the article names only a nationality of another theatre', () => {
    expect(places('A farmer was shot in the Al Manzila village.')).toEqual(['Al Manzila=place:eg:manzala']);
    expect(places('A farmer was shot in the Al Manzila village, Iraqi men said.')).toEqual([
      'Iraqi=country:IQ',
    ]);
  });

  it('a name of three capitalised words or more', () => {
    expect(places('Shots were fired at the New Dehli Junction Market.')).toEqual([]);
  });
});

describe('oneSlipApart', () => {
  it('tells a letter dropped, added or changed, or two neighbours swapped, after the first letter', () => {
    expect(['darom', 'drm', 'drum', 'dorm', 'droms'].every((w) => oneSlipApart('drom', w))).toBe(true);
    expect(['drom', 'trom', 'dramo', 'darome', 'mord'].some((w) => oneSlipApart('drom', w))).toBe(false);
  });

  it('agrees with oneSlipAway', () => {
    const slips = oneSlipAway('deqlim');
    for (const word of ['deqalim', 'dekalim', 'deqlin', 'edqlim', 'deqilm', 'deqlimm', 'deqli'])
      expect(oneSlipApart('deqlim', word)).toBe(slips.has(word));
  });
});

describe('inOneSlipAway', () => {
  it('agrees with oneSlipAway, whose added and changed letters are a-z only', () => {
    for (const word of ['deqlim', "ba'qub", 'kfaar']) {
      const slips = oneSlipAway(word);
      // Every slip, and each of them again with its first differing letter an apostrophe or an accented one.
      const others = [...slips].flatMap((slip) => {
        let i = 0;
        while (slip[i] === word[i]) i++;
        return [slip, ...["'", 'é'].map((c) => slip.slice(0, i) + c + slip.slice(i + 1))];
      });
      for (const other of [...others, word, 'deqlimqq', "d'eqlim"])
        expect(inOneSlipAway(word, other), `${word} ${other}`).toBe(slips.has(other));
    }
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from './lexicon-loader.js';
import { lexiconWordId, PhraseMatcher } from './phrase-matcher.js';
import { tokenKeys } from './token-keys.js';

/** Makes a matcher of a lexicon holding each word as a phrase of its own, numbering the words. */
function lexiconOf(words: string[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-lexicon-'));
  writeFileSync(join(dir, 'test.tsv'), words.map((w) => `en\t${w}\tfixed\ttest\n`).join(''));
  new PhraseMatcher(loadLexicon('test.tsv', pathToFileURL(dir + '/')));
}

const WORDS = ['shelling', 'army', "army's", 'وبالصواريخ', 'صواريخ', 'بالصواريخ', 'الصواريخ'];
WORDS.push('مسلحيهم', 'مسلحي', 'مسلحون', 'وقت', 'قت', 'بلدته', 'بلد', 'لدته', 'دته');
lexiconOf(WORDS);

/** The words of a token's keys, read back from their numbers. */
function keysOf(token: { norm: string; stem: string }): string[] {
  return tokenKeys(token).map((id) => WORDS.find((w) => lexiconWordId(w) === id)!);
}

describe('tokenKeys', () => {
  it('gives an English word its lower-cased surface only', () => {
    expect(keysOf({ norm: 'shelling', stem: 'shelling' })).toEqual(['shelling']);
    expect(keysOf({ norm: 'Shelling', stem: 'Shelling' })).toEqual(['shelling']);
  });

  it("gives an English possessive its surface and its stem without the 's", () => {
    expect(keysOf({ norm: "army's", stem: 'army' })).toEqual(["army's", 'army']);
  });

  it('gives an Arabic word its surface, its stem and the surface without each proclitic sequence', () => {
    // Without "وال" the word is its stem already: each key is given once.
    expect(keysOf({ norm: 'وبالصواريخ', stem: 'صواريخ' })).toEqual(['وبالصواريخ', 'صواريخ', 'بالصواريخ']);
  });

  it('gives an Arabic word opening with no proclitic letter its surface and its stem only', () => {
    expect(keysOf({ norm: 'مسلحيهم', stem: 'مسلحي' })).toEqual(['مسلحيهم', 'مسلحي']);
    expect(keysOf({ norm: 'مسلحون', stem: 'مسلحون' })).toEqual(['مسلحون']);
  });

  it('never strips a proclitic that would leave fewer than three letters', () => {
    expect(keysOf({ norm: 'وقت', stem: 'وقت' })).toEqual(['وقت']);
  });

  it('answers a surface cut into two different stems with the keys of each', () => {
    const first = keysOf({ norm: 'بلدته', stem: 'بلدته' });
    const second = keysOf({ norm: 'بلدته', stem: 'بلد' });
    expect(first).toEqual(['بلدته', 'لدته']);
    expect(second).toEqual(['بلدته', 'بلد', 'لدته']);
    expect(keysOf({ norm: 'بلدته', stem: 'بلدته' })).toEqual(first);
    expect(keysOf({ norm: 'بلدته', stem: 'بلد' })).toEqual(second);
  });

  it('leaves out the keys no lexicon holds, in English and in Arabic', () => {
    expect(tokenKeys({ norm: 'Mortars', stem: 'Mortars' })).toEqual([]);
    expect(keysOf({ norm: 'armys', stem: 'army' })).toEqual(['army']);
    expect(keysOf({ norm: 'والصواريخ', stem: 'صواريخ' })).toEqual(['صواريخ', 'الصواريخ']);
  });

  it('finds the words of a lexicon made after the token was first looked up', () => {
    expect(tokenKeys({ norm: 'وبالمدافع', stem: 'مدافع' })).toEqual([]);
    lexiconOf(['مدافع']);
    expect(tokenKeys({ norm: 'وبالمدافع', stem: 'مدافع' })).toEqual([lexiconWordId('مدافع')]);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from './lexicon-loader.js';
import { expandWordSets } from './word-sets.js';

/** A lexicon folder written for the test: its word sets and one lexicon, test.tsv. */
function folderOf(sets: string[], lexicon: string[] = []): URL {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-word-sets-'));
  writeFileSync(join(dir, 'word-sets.tsv'), sets.join('\n') + '\n');
  writeFileSync(join(dir, 'test.tsv'), lexicon.join('\n') + '\n');
  return pathToFileURL(dir + '/');
}

describe('word sets named in lexicon forms', () => {
  it('reads a form naming no set as written', () => {
    expect(expandWordSets('sappers swept a lane', folderOf([]), 'row')).toEqual(['sappers swept a lane']);
  });

  it('varies the first set named slowest, and expands a set named inside a set', () => {
    const dir = folderOf(['verb\tcleared|swept', 'verbs\t{verb}|combed', 'place\troad|field']);
    expect(expandWordSets('the {place} was {verbs}', dir, 'row')).toEqual([
      'the road was cleared',
      'the road was swept',
      'the road was combed',
      'the field was cleared',
      'the field was swept',
      'the field was combed',
    ]);
  });

  it('gives a lexicon row one phrase per word of the set, with the gaps it writes', () => {
    const dir = folderOf(['arm\trifle|pistol'], ['en\tseized …2 {arm}\tfixed\tcache']);
    const phrases = loadLexicon('test.tsv', dir);
    expect(phrases.map((p) => [p.words.join(' '), p.gaps])).toEqual([
      ['seized rifle', [0, 2]],
      ['seized pistol', [0, 2]],
    ]);
  });

  it('refuses a set nobody defined, and a set naming one defined below it', () => {
    expect(() => expandWordSets('a {missing} b', folderOf([]), 'row')).toThrow(/missing/);
    const below = folderOf(['outer\t{inner}|x', 'inner\ty']);
    expect(() => expandWordSets('{outer}', below, 'row')).toThrow(/above/);
  });

  it('serves the trigger and the cue lexicons from the one list of words for a device found', () => {
    const triggers = loadLexicon('events-triggers.tsv').map((p) => p.words.join(' '));
    const cues = loadLexicon('events-cues.tsv').filter((p) => p.tag === 'disrupted');
    expect(triggers).toContain('grenade was dismantled');
    expect(cues.map((p) => p.words.join(' '))).toContain('were dismantled');
  });
});

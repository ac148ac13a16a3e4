import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../core/text/normalize.js';
import { countryEvidence, countryVotes, LATIN } from './country-evidence.js';
import { loadKnowledgeBase } from './index.js';
import { matchNames, type NameMatch } from './mention-matcher.js';

describe('LATIN', () => {
  it.each(['tripoli', 'Tripoli', 'ALEPPO', 'الموصل', 'موصل z', '', '123', 'é', 'ſ', 'K', '[', '`', '@', '{'])(
    'tells %j as /[a-z]/i does',
    (key) => {
      expect(LATIN.test(key)).toBe(/[a-z]/i.test(key));
    },
  );
});

const kb = await loadKnowledgeBase();

const matchesOf = (text: string): NameMatch[] =>
  matchNames(kb.trie, normalizeForMatching(text), text, [[0, text.length]], (m) => m.senses);

describe('countryVotes', () => {
  it.each([
    'Mortars landed on Mosul and Kirkuk, Iraq, and on Aleppo in Syria',
    'Syrian and Turkish patrols met near Idlib, Syria',
    'A convoy from Amman reached Baghdad',
    'Nothing happened today',
  ])('counts for each country what countryEvidence counts: %j', (text) => {
    const matches = matchesOf(text);
    const evidence = countryEvidence(matches);
    for (const cc of [...evidence.keys(), 'FR'])
      expect(countryVotes(matches, cc)).toBe(evidence.get(cc) ?? 0);
  });
});

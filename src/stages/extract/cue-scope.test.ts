import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';
import { clauseEndsAfter } from './cue-scope.js';
import { fixtureDocument } from './fixture-document.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';

// A cue inside a relative aside that a comma closes tells of the one the aside describes, not of the act
// of the main clause; an aside left open still governs.
describe('cues inside a relative aside', () => {
  it('keeps a shooting after an aside that tells a threat', () => {
    expect(
      assertedWords({
        text: 'A ferryman, who had threatened to expose the smugglers, was shot dead on Monday.',
      }),
    ).toContain('was shot');
  });

  it('keeps a shelling after an aside that tells a vow', () => {
    expect(
      assertedWords({ text: 'The militia, which had vowed to stop, shelled the harbour on Monday.' }),
    ).toContain('shelled');
  });

  it('still drops a threat told in the main clause', () => {
    expect(assertedWords({ text: 'The militia threatened to attack the harbour on Monday.' })).toEqual([]);
  });
});

// The aside may open on a noun phrase set beside the name before its relative pronoun.
describe('cues inside an aside that opens on a noun phrase', () => {
  it('keeps a shooting after an aside that tells a plan', () => {
    expect(
      assertedWords({
        text: 'Omar Haddad, a fisherman who was planning to emigrate, was shot twice near the quay.',
      }),
    ).toContain('was shot');
  });

  it('still drops a plan told in the main clause after a noun phrase', () => {
    expect(assertedWords({ text: 'A fisherman was planning to attack the quay.' })).toEqual([]);
  });
});

// So does a participle set between commas beside a noun, and a fronted circumstance a comma closes: the main
// clause after the comma tells the act.
describe('cues inside a participle aside or a fronted circumstance', () => {
  it('keeps a killing after an aside that tells an aim', () => {
    expect(
      assertedWords({ text: 'A sniper, apparently seeking to hit an officer, mistakenly killed a cook.' }),
    ).toContain('killed');
  });

  it('keeps a defusing after an aside that tells a readiness', () => {
    expect(
      assertedWords({ text: 'Two mortars, ready to be fired at the barracks, were defused by engineers.' }),
    ).toContain('were defused');
  });

  it('keeps a defusing after a fronted circumstance that tells a fear', () => {
    expect(
      assertedWords({
        text: 'After word of a possible car bomb, police defused a device at the market.',
      }),
    ).toEqual(['defused']);
  });

  it('still drops an aim told in the main clause', () => {
    expect(assertedWords({ text: 'The sniper was seeking to kill the judge.' })).toEqual([]);
  });
});

// The conjunction after a comma is part of the next word in Arabic («، وقتل») and a word of its own in
// English: the gap between two tokens holds only the comma, and the clause ends there all the same.
describe('a clause that ends at a comma and a conjunction', () => {
  const lexicons = loadEventLexicons();
  /** The words after which a clause ends, in a one-sentence text. */
  const endings = (text: string) => {
    const [view] = buildSentenceViews(fixtureDocument({ text }), lexicons);
    return view.tokens.slice(0, -1).flatMap((t, k) => (clauseEndsAfter(view, text, k) ? [t.norm] : []));
  };

  it.each<[string, string, string[]]>([
    ['an Arabic «و» on the next word', 'زار الوفد بلدة قرنفل، وعاد إلى المدينة', ['قرنفل']],
    ['an Arabic «ف» on the next word', 'وصل الوفد إلى قرنفل، فاستقبله الأهالي', ['قرنفل']],
    ['an English "but"', 'The envoy reached Darnel, but the talks stalled', ['darnel']],
    ['a mark of its own', 'The envoy reached Darnel; the talks stalled', ['darnel']],
  ])('after %s', (_, text, words) => {
    expect(endings(text)).toEqual(words);
  });

  it.each<[string, string]>([
    ['a lone comma', 'The envoy reached Darnel, a small town, on Monday'],
    ['a word whose «و» is its own', 'استقبل الوفد في قرنفل، وزير الداخلية'],
    ['a word whose «ف» is its own', 'وصل الوفد إلى قرنفل، فجر الأحد'],
  ])('not after %s', (_, text) => {
    expect(endings(text)).toEqual([]);
  });

  it('keeps an act after a comma and «و» that a negation before it does not reach', () => {
    expect(
      assertedWords({
        text: 'وقال القائد إنه لن يتفاوض إذا استمر حصار قرنفل، وهاجم مسلحون أمس حاجزا للجيش.',
      }),
    ).toEqual(['وهاجم']);
  });
});

import { describe, expect, it } from 'vitest';
import { OpeningWords, openingBits } from './opening-words.js';
import { foldWord, lexSentences } from './word-lexer.js';

// Made before anything is lexed: answered by the bits the lexer stores on each word.
const MADE_FIRST = new OpeningWords(['مئات', 'dozens'].map(foldWord));
// With the one above, as many sets as an int32 has bits.
const MORE_SETS = Array.from({ length: 31 }, (_, k) => new OpeningWords([`word${k}`]));
// Made after all of them, but asked of every lexeme: it takes the first bit, and the last set goes without.
// It also holds every word ending in "-ان".
const endsInAn = (norm: string) => norm.endsWith('ان');
const HOT = new OpeningWords(['hotword'], { everyLexeme: true, alsoWhen: endsInAn });

const lexemes = (text: string) => lexSentences(text, [{ span: [0, text.length] }]);

describe('OpeningWords', () => {
  it('answers for a word and for its forms without proclitics', () => {
    const answers = lexemes('قتل وبالمئات و dozens of people').map((l) => MADE_FIRST.opens(l));
    expect(answers).toEqual([false, true, false, true, false, false]);
  });

  it('answers the same for a set made after the lexer has folded words, by looking the forms up', () => {
    const text = 'قتل وبالمئات و dozens of people';
    const before = lexemes(text);
    const madeLater = new OpeningWords(['مئات', 'dozens', 'people'].map(foldWord));
    expect(before.map((l) => madeLater.opens(l))).toEqual([false, true, false, true, false, true]);
    expect(lexemes(`${text} .`).map((l) => madeLater.opens(l))).toEqual([
      ...[false, true, false, true, false, true],
      false,
    ]);
  });
});

describe('openingBits', () => {
  it('holds a bit for the forms of a set made before the lexer ran', () => {
    expect(openingBits(['وبالمئات', 'بالمئات', 'المئات', 'مئات'].map(foldWord))).not.toBe(0);
  });

  it('gives a bit to a set asked of every lexeme before all others, though it was made last', () => {
    // No forms to look up: only the stored bit can answer.
    expect(HOT.opens({ forms: [], opens: openingBits(['hotword']) })).toBe(true);
    expect(HOT.opens({ forms: [], opens: openingBits(['word29']) })).toBe(false);
  });

  it('holds the words its test accepts in its bit, judged by the word before its proclitics go', () => {
    expect(HOT.opens({ forms: [], opens: openingBits(['مسلحان']) })).toBe(true);
    expect(HOT.opens({ forms: [], opens: openingBits(['مسلح']) })).toBe(false);
    expect(HOT.opens({ forms: [], opens: openingBits(['ولبنان', 'لبنان']) })).toBe(true);
    expect(HOT.opens({ forms: [], opens: openingBits(['الانسان', 'انسان']) })).toBe(true);
    expect(HOT.opens({ forms: [], opens: openingBits(['انسانية']) })).toBe(false);
  });

  it('tests the words of a set without a bit as it is asked', () => {
    const madeLater = new OpeningWords(['word'], { alsoWhen: endsInAn });
    expect(madeLater.opens({ forms: ['مسلحان'], opens: 0 })).toBe(true);
    expect(madeLater.opens({ forms: ['مسلح'], opens: -1 })).toBe(false);
  });

  it('gives the other bits in the order the sets were made, the last of 32 bits too', () => {
    const last = MORE_SETS[29];
    expect(last.opens({ forms: [], opens: openingBits(['word29']) })).toBe(true);
    expect(last.opens({ forms: [], opens: openingBits(['word28']) })).toBe(false);
  });

  it('leaves a set past the 32 bits to look its words up', () => {
    const without = MORE_SETS[30];
    expect(without.opens({ forms: [], opens: openingBits(['word30']) })).toBe(false);
    expect(without.opens({ forms: ['word30'], opens: 0 })).toBe(true);
  });

  it('is zero for forms no set holds', () => {
    expect(openingBits(['كلمة', 'word'])).toBe(0);
  });
});

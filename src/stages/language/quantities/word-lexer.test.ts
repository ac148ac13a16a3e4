import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../../core/text/normalize.js';
import { buildTokens } from '../token-builder.js';
import { foldWord, LexemeRecord, lexSentences, withoutProclitics } from './word-lexer.js';

describe('foldWord', () => {
  const cases: [string, string][] = [
    ['مِئَةٌ', 'مئه'],
    ['إصابة', 'اصابه'],
    ['أمس', 'امس'],
    ['آلاف', 'الاف'],
    ['على', 'علي'],
    ['ی', 'ي'],
    ['ـــقتلـــى', 'قتلي'],
    ['١٢٣', '123'],
    ['۴۵', '45'],
    ['١٬٢٠٠', '1,200'],
    ['Friday', 'friday'],
    ['killed', 'killed'],
    ['قتل', 'قتل'],
    ['ÉTAT', 'état'],
    ['Iraq’s', "iraq's"],
    ['کابل', 'كابل'],
    ['ٱلله', 'الله'],
    ['٣٫٥', '3.5'],
    ['شخصاً', 'شخصا'],
    // Units the per-unit table leaves to the whole-word fold (`IN_CONTEXT`): capital sigma, final and not, a
    // capital lower-cased to two units, a surrogate pair.
    ['ΟΔΟΣ', 'οδος'],
    ['Σoma', 'σoma'],
    ['İzmir', 'i̇zmir'],
    ['\u{10400}x', '\u{10428}x'],
  ];
  it.each(cases)("folds '%s' to '%s'", (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });
});

describe('withoutProclitics', () => {
  it.each([
    ['وبالمئات', ['وبالمئات', 'بالمئات', 'المئات', 'مئات']],
    ['للمدنيين', ['للمدنيين', 'مدنيين']],
    ['وأمس', ['وامس', 'امس']],
    ['بين', ['بين']],
  ])("peels '%s' one clitic at a time", (word, forms) => {
    expect(withoutProclitics(foldWord(word))).toEqual(forms.map(foldWord));
  });
});

describe('lexSentences', () => {
  it('keeps original offsets, keeps digit groups whole and never crosses a sentence', () => {
    const text = 'قُتِلَ ١٬٢٠٠ شخصٍ. Then 3 left.';
    const cut = text.indexOf('. ') + 1;
    const lex = lexSentences(text, [{ span: [0, cut] }, { span: [cut + 1, text.length] }]);
    expect(lex.map((l) => text.slice(l.start, l.end))).toEqual([
      'قُتِلَ',
      '١٬٢٠٠',
      'شخصٍ',
      '.',
      'Then',
      '3',
      'left',
      '.',
    ]);
    expect(lex.map((l) => l.sentence)).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(lex[1]).toMatchObject({ kind: 'number', norm: '1,200' });
  });

  it('builds every lexeme with the LexemeRecord constructor, never as an object literal', () => {
    const text = 'Gunmen killed 4 people near the market.';
    const lex = lexSentences(text, [{ span: [0, text.length] }]);
    expect(lex.length).toBe(8);
    expect(lex.every((l) => l instanceof LexemeRecord)).toBe(true);
  });
});

describe('lexSentences as a pattern', () => {
  // The lexer scans with a class table; this is the pattern it implements: a run of Arabic or Latin
  // letters (harakat and tatweel inside), digits of three scripts with separators between digit groups,
  // or any one other code point that is not white space or a bidi or zero-width control.
  const LEXEME =
    // eslint-disable-next-line no-misleading-character-class
    /([\u0621-\u064A\u0640\u064B-\u065F\u0670\u0671-\u06D3\u06D5\u06FA-\u06FCa-zA-Z\u00C0-\u024F]+)|([0-9\u0660-\u0669\u06F0-\u06F9]+(?:[,.\u066B\u066C'’][0-9\u0660-\u0669\u06F0-\u06F9]+)*)|([^\s\u200B-\u200F\u202A-\u202E\u2066-\u2069])/gu;
  const ALPHABET = [
    ..."قتلُِـأإةىیکabcXYZéÀ×ɏƀ019٠٩۰۹,.٫٬'’-–()«»:؟ \n\t\u00a0\u200b\u200f\u202b\u2067\u2028\ufeff",
    '😀',
    '\uD800',
    '\uDC00',
  ];
  const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((chars) => chars.join(''));

  it('cuts any text, sentence by sentence, exactly where the pattern would', () => {
    fc.assert(
      fc.property(text, fc.nat(), (t, cut) => {
        const at = cut % (t.length + 1);
        const sentences = [
          { span: [0, at] as [number, number] },
          { span: [at, t.length] as [number, number] },
        ];
        const expected = sentences.flatMap(({ span: [from, to] }, sentence) =>
          [...t.slice(from, to).matchAll(LEXEME)].map((m) => ({
            start: from + m.index,
            end: from + m.index + m[0].length,
            kind: m[1] ? 'word' : m[2] ? 'number' : 'punct',
            norm: foldWord(m[0]),
            sentence,
          })),
        );
        const lexed = lexSentences(t, sentences).map(({ start, end, kind, norm, sentence }) => {
          return { start, end, kind, norm, sentence };
        });
        expect(lexed).toEqual(expected);
      }),
    );
  });
});

describe('lexSentences with the tokens of the text', () => {
  it('gives the lexemes it gives without them, the tokens only lending their words', () => {
    // New strings each time, so the memo of the last call does not answer the second one.
    const text = ['Gunmen killed 3 guards at the Qur’an school', 'وقتل ١٢ شخصا في بغداد'].join('. ') + '.';
    const sentences = [{ span: [0, text.length] as [number, number] }];
    const tokens = buildTokens(text, sentences, normalizeForMatching(text));
    const lent = lexSentences(text, sentences, tokens).map((l) => ({ ...l }));
    const alone = lexSentences(`${text} `, [{ span: [0, text.length] }]).map((l) => ({ ...l }));
    expect(lent).toEqual(alone);
    expect(lent.map((l) => l.norm)).toContain('شخصا');
  });
});

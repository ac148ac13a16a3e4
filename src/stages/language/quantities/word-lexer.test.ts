import { describe, expect, it } from 'vitest';
import { foldWord, lexSentences, withoutProclitics } from './word-lexer.js';

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
});

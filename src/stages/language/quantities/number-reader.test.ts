import { describe, expect, it } from 'vitest';
import { readNumber } from './number-reader.js';
import { lexSentences } from './word-lexer.js';

const lexed = (text: string) => lexSentences(text, [{ span: [0, text.length] }]);

describe('readNumber', () => {
  it('answers a lexeme asked again as it did the first time', () => {
    const lex = lexed('نحو ٣ آلاف نازح');
    expect(readNumber(lex, 1)).toEqual({ value: 3000, next: 3 });
    expect(readNumber(lex, 1)).toEqual({ value: 3000, next: 3 });
    expect(readNumber(lex, 0)).toBeNull();
  });

  it('reads the lexemes of another text afresh at the same index', () => {
    expect(readNumber(lexed('about 40 villagers fled'), 1)).toEqual({ value: 40, next: 2 });
    expect(readNumber(lexed('about two thousand villagers fled'), 1)).toEqual({ value: 2000, next: 3 });
    expect(readNumber(lexed('about the villagers'), 1)).toBeNull();
  });
});

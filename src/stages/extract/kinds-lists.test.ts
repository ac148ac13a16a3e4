import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';

const sunday = { value: '2015-07-26', precision: 'day', reason: 'weekday' } as const;

/** The words of every trigger a text's sentences assert; «يوم الأحد» is read as a day. */
function asserted(text: string): string[] {
  return assertedWords({ text, times: text.includes('يوم الأحد') ? [['يوم الأحد', sunday]] : [] });
}

describe('acts listed as kinds of deed', () => {
  it.each<[string, string]>([
    ['kidnapping and rape a report tells of', 'وتحدث التقرير عن عمليات خطف واغتصاب في الإقليم.'],
    ['killing and kidnapping that frighten villagers', 'ويعيش السكان في خوف بعد أعمال قتل وخطف في القرى.'],
  ])('drops %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    ['one kidnapping after «عملية»', 'وقالت الشرطة إن عملية اختطاف وقعت في السوق.', ['اختطاف']],
    [
      'a list whose day is told',
      'وتحدث الشهود عن عمليات خطف واغتصاب يوم الأحد في القرية.',
      ['خطف', 'واغتصاب'],
    ],
    ['a series of blasts', 'وهزت سلسلة تفجيرات وهجمات العاصمة.', ['تفجيرات', 'وهجمات']],
  ])('keeps %s', (_, text, words) => {
    expect(asserted(text)).toEqual(words);
  });
});

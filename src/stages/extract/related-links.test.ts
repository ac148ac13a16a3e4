import { describe, expect, it } from 'vitest';
import { opensLinkList } from './related-links.js';

describe('opensLinkList', () => {
  it.each([
    ['an English link word in capitals', 'Read more: Gunmen raid a checkpoint near the river'],
    ['a lower-case link word', 'see also: troops shell a hill town'],
    ['a numbered link', '02 Related Rebels fire on a convoy'],
    ['dots before the link word', '… Also read Police disperse a march'],
    ['an Arabic link word on alif', 'اقرأ أيضا مسلحون يهاجمون حاجزا'],
    ['an Arabic link word with tanween', 'اقرأ أيضاً: مسلحون يهاجمون حاجزا'],
    ['an Arabic link word on hamza alif', 'أخبار ذات صلة قصف على بلدة'],
    ['an Arabic link word on mim', 'مواضيع ذات صلة: اشتباكات في الريف'],
    ['a bare related at the start', 'ذات صلة انفجار قرب سوق'],
    ['an Arabic link word run into a Latin name', 'اقرأ أيضاAFP مسلحون يهاجمون حاجزا'],
  ])('finds a list of links opened by %s', (_, sentence) => {
    expect(opensLinkList(`Earlier words. ${sentence}`, 'Earlier words. '.length)).toBe(true);
  });

  it.each([
    ['a sentence on another letter', 'Gunmen raid a checkpoint. Read more: the report'],
    ['a sentence on a link letter that is no link word', 'Soldiers read more names aloud'],
    ['an Arabic sentence on another letter', 'قتل ثلاثة في هجوم، اقرأ أيضا'],
    ['a related told inside prose', 'Rival reports related the raid'],
    ['a link word that opens a longer word', 'Relatedly, gunmen raid a post'],
    ['an Arabic link word that opens a longer word', 'ذات صلتها بالهجوم'],
  ])('finds none in %s', (_, sentence) => {
    expect(opensLinkList(sentence, 0)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { opensLinkList } from './related-links.js';

describe('opensLinkList', () => {
  it.each([
    ['an English link word in capitals', 'Read more: Gunmen raid a checkpoint near the river'],
    ['a lower-case link word', 'see also: troops shell a hill town'],
    ['a numbered link', '02 Related Rebels fire on a convoy'],
    ['dots before the link word', '… Also read Police disperse a march'],
    // The pattern's closing word boundary is an ASCII one: an Arabic link word is found only run into a
    // Latin word or a digit, as in these.
    ['an Arabic link word on alif', 'اقرأ أيضاAFP مسلحون يهاجمون حاجزا'],
    ['an Arabic link word on hamza alif', 'أخبار ذات صلة1 قصف على بلدة'],
    ['an Arabic link word on mim', 'مواضيع ذات صلة2 اشتباكات في الريف'],
    ['a bare related at the start', 'ذات صلةBBC انفجار قرب سوق'],
  ])('finds a list of links opened by %s', (_, sentence) => {
    expect(opensLinkList(`Earlier words. ${sentence}`, 'Earlier words. '.length)).toBe(true);
  });

  it.each([
    ['a sentence on another letter', 'Gunmen raid a checkpoint. Read more: the report'],
    ['a sentence on a link letter that is no link word', 'Soldiers read more names aloud'],
    ['an Arabic sentence on another letter', 'قتل ثلاثة في هجوم، اقرأ أيضا'],
    ['a related told inside prose', 'Rival reports related the raid'],
  ])('finds none in %s', (_, sentence) => {
    expect(opensLinkList(sentence, 0)).toBe(false);
  });
});

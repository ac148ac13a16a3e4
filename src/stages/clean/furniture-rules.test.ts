import { describe, expect, it } from 'vitest';
import { findFurniture, relatedHeadingBeforeColon } from './furniture-rules.js';

describe('an agency date stamp near the top', () => {
  it('is found after a headline glued on the same line, and dates the article', () => {
    const text =
      'Blast kills 3 in market Monitor AFP Tuesday 14 October 2014 A car bomb exploded in a market on Tuesday.';
    const [stamp] = findFurniture(text);
    expect(stamp.reason).toBe('agency date stamp');
    expect(text.slice(...stamp.span)).toBe('AFP Tuesday 14 October 2014');
    expect(stamp.clues).toEqual([expect.objectContaining({ field: 'published', value: '2014-10-14' })]);
  });

  it('is not taken deep inside the body', () => {
    const text = `${'Officials gave no figures for the damage. '.repeat(10)}Reuters 12 May 2014 reported it.`;
    expect(findFurniture(text).filter((f) => f.reason === 'agency date stamp')).toEqual([]);
  });
});

describe('a date stamp opening the text', () => {
  it.each([
    ['Published July 4 2015 A blast hit a market in the town.', '2015-07-04'],
    ['Date of publication 7 March 2017 Shelling hit a market in the town.', '2017-03-07'],
  ])('dates the article: %s', (text, day) => {
    const [stamp] = findFurniture(text);
    expect(stamp.reason).toBe('date stamp');
    expect(stamp.clues).toEqual([expect.objectContaining({ field: 'published', value: day })]);
  });
});

describe("a site's date stamp glued after the headline", () => {
  it('dates the article and takes the clock whose colons the scraper stripped', () => {
    const text =
      'Army Repels Raid on Hilltop Village Tue Mar 14 2017 093015 Troops beat back an attack at dawn.';
    const stamp = findFurniture(text).find((f) => f.reason === 'date stamp after the headline');
    expect(stamp && text.slice(...stamp.span)).toBe('Tue Mar 14 2017 093015');
    expect(stamp?.clues).toEqual([expect.objectContaining({ field: 'published', value: '2017-03-14' })]);
  });

  it.each([
    ['a day prose writes in full', 'Gunmen raided the Village Friday March 10 2017 and fled at dawn.'],
    ['a short day after a lower-case word', 'Gunmen raided the village on Fri Mar 10 2017 and fled at dawn.'],
    ['a day after the first sentence', 'Gunmen raided a village. Police Sat Mar 11 2017 said two died.'],
  ])('is not taken from %s', (_name, text) => {
    expect(findFurniture(text)).toEqual([]);
  });
});

describe('a date stamp glued to a short-URL widget', () => {
  it('dates the article from "0812 14.06.2017Get short URL" (a clock, then the day first)', () => {
    const text =
      'Army Pushes Back Militants Sputnik Jane Roe Middle East 0812 14.06.2017Get short URL 307 The army';
    const stamp = findFurniture(text).find((f) => f.reason === 'agency date stamp');
    expect(stamp?.clues).toEqual([expect.objectContaining({ field: 'published', value: '2017-06-14' })]);
  });
});

describe('the short-URL widget', () => {
  it.each([
    ['its comments and shares counters', 'Get short URL 0 305 A woman was killed.', 'Get short URL 0 305'],
    ['its shares counter alone', 'Get short URL 87 At least four were hurt.', 'Get short URL 87'],
  ])('takes %s, not the count that opens the story', (_name, text, widget) => {
    const found = findFurniture(text).find((f) => f.reason === 'short-URL widget');
    expect(found && text.slice(...found.span)).toBe(widget);
  });
});

describe('share buttons closing the text', () => {
  const shares = (text: string) =>
    findFurniture(text)
      .filter((f) => f.reason === 'share buttons')
      .map((f) => text.slice(...f.span));

  it('are found on the last line of a text of many lines, white space after them', () => {
    const text = 'Two shops burned overnight.\nFiremen came late.\nFacebook Twitter\tEmail Print \n\n';
    expect(shares(text)).toEqual(['Facebook Twitter\tEmail Print ']);
  });

  it('are only those of the last line when the line before holds buttons too', () => {
    const text = 'A bridge was shelled.\nPrint Mail Reddit\nFacebook Twitter Email';
    expect(shares(text)).toEqual(['Facebook Twitter Email']);
  });

  it('are not two names before the last words of a sentence', () => {
    expect(shares('A bridge was shelled.\nFacebook Twitter posts showed it. Email')).toEqual([]);
  });
});

describe('relatedHeadingBeforeColon', () => {
  // What the related-stories rule needs of a text: its pattern's heading and colon.
  const pattern = /(?:related stories|related news|also read|read also|full coverage)\s*:/i;

  it.each([
    ['a heading and a colon', 'The dam held. Related Stories: Floods recede in the valley'],
    ['a heading, spaces and a line break before the colon', 'The dam held. READ ALSO \n : Floods recede'],
    ['a heading glued to a word before it', 'The dam heldalso read: Floods recede'],
    ['a colon with no heading', 'The engineer said: the dam held'],
    ['a heading with no colon', 'Also read the engineers’ report on the dam'],
    ['a heading after the colon', 'The dam held: related news follows'],
    ['a colon opening the text', ': the dam held'],
    ['no colon at all', 'The dam held through the night'],
  ])('answers as the pattern does for %s', (_name, text) => {
    expect(relatedHeadingBeforeColon(text)).toBe(pattern.test(text));
  });

  it('still finds the list in a text with other colons before it', () => {
    const text = 'Time: 10:40. The dam held.\nRelated news: Floods recede in the valley\nMore text follows';
    expect(findFurniture(text).map((f) => text.slice(...f.span))).toContain(
      'Related news: Floods recede in the valley',
    );
  });
});

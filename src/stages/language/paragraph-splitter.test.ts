import { describe, expect, it } from 'vitest';
import { paragraphSpans } from './paragraph-splitter.js';

const paragraphsOf = (text: string): string[] =>
  paragraphSpans(text, 0, text.length).map((s) => text.slice(...s));

describe('paragraphSpans', () => {
  it.each([
    ['a blank line separates paragraphs', 'قتل جندي.\n\nأصيب مدني.', ['قتل جندي.', 'أصيب مدني.']],
    ['several blank lines count as one break', 'عاجل\n\n\n\nانفجار', ['عاجل', 'انفجار']],
    ['a single line break ends an Arabic line', 'بغداد\nقتل جندي في هجوم', ['بغداد', 'قتل جندي في هجوم']],
    ['Windows line ends are trimmed', 'first line.\r\nsecond line.', ['first line.', 'second line.']],
    [
      'a hard-wrapped English line joins the next lower-case line',
      'Security forces surrounded the building early in the\nmorning and arrested three men.',
      ['Security forces surrounded the building early in the\nmorning and arrested three men.'],
    ],
    [
      'a long line ending in a period does not join',
      'Security forces surrounded the building early this morning.\nthe men were taken away.',
      ['Security forces surrounded the building early this morning.', 'the men were taken away.'],
    ],
    [
      'a short line never joins',
      'by staff writer\nthe police said.',
      ['by staff writer', 'the police said.'],
    ],
    [
      'leading spaces of SaudiNewsNet-style paragraphs are trimmed',
      '  قال الوزير.\n\n  وأضاف.',
      ['قال الوزير.', 'وأضاف.'],
    ],
    ['white space alone makes no paragraph', ' \n \n ', []],
  ])('%s', (_what, text, expected) => {
    expect(paragraphsOf(text)).toEqual(expected);
  });
});

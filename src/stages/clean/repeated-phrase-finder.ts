import { finding, type Finding } from './finding.js';

/**
 * Two to six words immediately repeated ("the Russian president the Russian president"): scrapers glue a
 * caption or headline fragment to the sentence that repeats it. Single words are left alone, since
 * writers repeat those on purpose.
 */
const REPEAT =
  /(?<![\p{L}\p{M}\p{N}])((?:[\p{L}\p{M}\p{N}]+[ \u00A0]+){1,5}?[\p{L}\p{M}\p{N}]+)([ \u00A0]+)\1(?![\p{L}\p{M}\p{N}])/gu;

/**
 * Finds immediately repeated phrases; the first copy (with the space after it) becomes the removed span,
 * so the text that remains reads once.
 *
 * @example findRepeatedPhrases('said the the minister the minister said')[0].span // [13, 26]
 */
export function findRepeatedPhrases(text: string): Finding[] {
  const out: Finding[] = [];
  REPEAT.lastIndex = 0;
  for (let m = REPEAT.exec(text); m; m = REPEAT.exec(text)) {
    if (m[1].length < 6) continue;
    out.push(finding([m.index, m.index + m[1].length + m[2].length], 'other', 'immediately repeated phrase'));
  }
  return out;
}

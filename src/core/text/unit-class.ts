/**
 * A one-character pattern's answer for a UTF-16 code unit, kept in a table filled on first sight of each
 * unit. The language and knowledge stages asked such patterns of single characters hundreds of thousands of
 * times a pass over the corpus (`/\s/.test(text[i])` while trimming a line, `LETTER.test(text[k])` while
 * reading the word before a full stop); such a call costs some 15–25 ns a character on this machine, a
 * table read about 1 ns more than the bare loop. The pattern is run on the unit as a one-unit string,
 * exactly as `pattern.test(text[i])` runs it, so the answer is the pattern's own.
 *
 * @example
 * const isSpace = unitTest(/\s/);
 * isSpace(' '.charCodeAt(0)); // true
 * isSpace('a'.charCodeAt(0)); // false
 */
export function unitTest(pattern: RegExp): (unit: number) => boolean {
  if (pattern.global || pattern.sticky) throw new Error(`unitTest: /${pattern.source}/ keeps a lastIndex`);
  // 0 = not yet seen, 1 = no, 2 = yes.
  const answers = new Uint8Array(0x10000);
  return (unit) => {
    let answer = answers[unit];
    if (answer === 0) answers[unit] = answer = pattern.test(String.fromCharCode(unit)) ? 2 : 1;
    return answer === 2;
  };
}

/** White space as `/\s/` tells it, read from one table that every stage shares. */
export const isWhiteSpace = unitTest(/\s/);

/**
 * A-Z or a-z, read from a table: one load a character where four range tests ran for each.
 *
 * @example isAsciiLetter('Q'.charCodeAt(0)) === true
 */
export function isAsciiLetter(unit: number): boolean {
  return ASCII_LETTERS[unit] === 1;
}

const ASCII_LETTERS = new Uint8Array(0x10000);
ASCII_LETTERS.fill(1, 0x41, 0x5b).fill(1, 0x61, 0x7b);

/**
 * Whether `text[from, to)` is not empty and every code unit of it passes `test`: what `/^\s+$/` tells of
 * the slice, for `isWhiteSpace`, without cutting the slice out.
 *
 * @example allUnits('a  b', 1, 3, isWhiteSpace) === true
 */
export function allUnits(text: string, from: number, to: number, test: (unit: number) => boolean): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!test(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether some code unit of `text[from, to)` passes `test`: what `/\s/` tells of the slice, for
 * `isWhiteSpace`, without cutting the slice out.
 *
 * @example anyUnit('Dar Kelmo', 0, 9, isWhiteSpace) === true
 */
export function anyUnit(text: string, from: number, to: number, test: (unit: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Cheap tests run before a costly regular expression that needs a cased letter at one place in the text: a
 * character code tells at once that an ASCII character or an Arabic letter is no such letter, so Arabic text
 * and most English never reach the expression. Other characters may be either: the expression decides.
 */

/** Whether `text[i]` may be a lower-case letter (`\p{Ll}`): false for ASCII other than a–z and for Arabic. */
export function mayBeLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : mayBeCased(c);
}

/** Whether `text[i]` may be an upper-case letter (`\p{Lu}`): false for ASCII other than A–Z and for Arabic. */
export function mayBeUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : mayBeCased(c);
}

/** A code past ASCII outside the Arabic block, whose letters have no case; NaN (no character there) is not. */
const mayBeCased = (c: number): boolean => c > 0 && !(c >= 0x600 && c <= 0x6ff);

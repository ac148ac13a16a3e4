/**
 * Arabic-Indic (٠–٩) and Persian (۰–۹) digits read as ASCII digits, so one set of number and date
 * patterns reads text in any of the three. One rule here, used by the text normaliser, the word lexer,
 * the date parser and the UI's date field, so none of them can fold a digit the others do not.
 */

/**
 * The ASCII digit an Arabic-Indic or Persian digit's code point stands for; null for any other code point.
 *
 * @example asciiDigit(0x0663) === '3'; asciiDigit(0x06f7) === '7'; asciiDigit(0x0033) === null
 */
export function asciiDigit(codePoint: number): string | null {
  if (codePoint >= 0x0660 && codePoint <= 0x0669) return String.fromCharCode(48 + codePoint - 0x0660);
  if (codePoint >= 0x06f0 && codePoint <= 0x06f9) return String.fromCharCode(48 + codePoint - 0x06f0);
  return null;
}

/**
 * The text with every Arabic-Indic and Persian digit written as its ASCII digit; nothing else changes,
 * so offsets into the text stay valid.
 *
 * @example asciiDigits('٢٠٢٤/۰۳') === '2024/03'
 */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => asciiDigit(d.charCodeAt(0)) ?? d);
}

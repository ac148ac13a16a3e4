const ALEF_LAM = /\u0627\u0644/g;
const ARABIC_LETTER = /[\u0621-\u064A]/g;
const NON_ASCII = /[\u0080-\uFFFF]/g;

export interface CodepageGuess {
  encoding: 'windows-1256' | 'iso-8859-6';
  text: string;
}

/**
 * Chooses between the two Arabic single-byte code pages. Both map most high bytes to Arabic letters,
 * but to different ones; the article "ال" is the most frequent Arabic bigram, so the right decoding
 * is the one that spells it most often. Returns null when neither decoding reads as Arabic.
 *
 * @example chooseArabicCodepage(new Uint8Array([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3])) // windows-1256, 'السلام'
 */
export function chooseArabicCodepage(bytes: Uint8Array): CodepageGuess | null {
  const cp1256 = new TextDecoder('windows-1256').decode(bytes);
  const iso = new TextDecoder('iso-8859-6').decode(bytes);
  const score = (t: string) => count(t, ALEF_LAM) * 4 - count(t, /\uFFFD/g) * 8;
  const best: CodepageGuess =
    score(iso) > score(cp1256)
      ? { encoding: 'iso-8859-6', text: iso }
      : { encoding: 'windows-1256', text: cp1256 };
  const nonAscii = count(best.text, NON_ASCII);
  const arabic = count(best.text, ARABIC_LETTER);
  return count(best.text, ALEF_LAM) > 0 && arabic >= 0.6 * nonAscii ? best : null;
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

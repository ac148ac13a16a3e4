/** Letters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms. */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
/** Any letter of a left-to-right script (Latin, Greek, Cyrillic …), once right-to-left letters are ruled out. */
const LETTER = /\p{L}/u;

/**
 * The direction of a quote from its first strong letter, as `dir="auto"` finds it, but `undefined` when it
 * has no letters at all ("25", "3-4"): such a quote then takes the page's direction instead of the
 * left-to-right that `dir="auto"` falls back to, so in the Arabic interface it sits on the right.
 *
 * @example quoteDir('25') === undefined; quoteDir('Reuters') === 'ltr'; quoteDir('قتل 25') === 'rtl'
 */
export function quoteDir(text: string): 'ltr' | 'rtl' | undefined {
  for (const ch of text) {
    if (RTL_LETTER.test(ch) && LETTER.test(ch)) return 'rtl';
    if (LETTER.test(ch)) return 'ltr';
  }
  return undefined;
}

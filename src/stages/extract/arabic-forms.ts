/**
 * Inflected forms of Arabic trigger words, generated from one written form so the lexicon lists a word
 * once. Proclitics (و ف ب ل ال) are not generated here: the token's stem already has them removed.
 */

/** Suffixes of the past tense for every person and number (active and passive share the letters). */
const PAST_SUFFIXES = ['', 'ت', 'وا', 'و', 'ا', 'تا', 'ن', 'نا', 'تم', 'تن'];
/** Prefixes and suffixes of the present tense. */
const PRESENT_PREFIXES = ['ي', 'ت', 'ن', 'ا'];
const PRESENT_SUFFIXES = ['', 'ون', 'و', 'ان', 'ن', 'ين', 'وا'];

/**
 * Past and present forms of a verb given in the past, third person masculine singular (already folded).
 * Verbs of the derived forms that start with alef (انفجر، استهدف، اعتقل، أطلق) drop it in the present.
 *
 * @example verbForms('قصف').includes('يقصفون') === true
 * @example verbForms('استهدف').includes('يستهدف') === true
 */
export function verbForms(past: string): string[] {
  const forms = new Set<string>();
  for (const suffix of PAST_SUFFIXES) forms.add(past + suffix);
  const presentBase = past.startsWith('ا') ? past.slice(1) : past;
  for (const prefix of PRESENT_PREFIXES) {
    for (const suffix of PRESENT_SUFFIXES) forms.add(prefix + presentBase + suffix);
  }
  return [...forms];
}

/**
 * Singular, accusative (tanwin alef), dual and sound plural forms of a noun (already folded: ة is ه).
 *
 * @example nounForms('غاره').includes('غارات') === true
 * @example nounForms('قصف').includes('قصفا') === true
 */
export function nounForms(noun: string): string[] {
  if (noun.endsWith('ه')) {
    const base = noun.slice(0, -1);
    return [noun, base + 'ات', base + 'تان', base + 'تين', base + 'تي'];
  }
  return [noun, noun + 'ا', noun + 'ات', noun + 'ان', noun + 'ين', noun + 'ون'];
}

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
  if (past.endsWith('ي') && past.length > 2) return defectiveForms(past);
  const forms = new Set<string>();
  for (const suffix of PAST_SUFFIXES) forms.add(past + suffix);
  const presentBase = past.startsWith('ا') ? past.slice(1) : past;
  for (const prefix of PRESENT_PREFIXES) {
    for (const suffix of PRESENT_SUFFIXES) forms.add(prefix + presentBase + suffix);
  }
  return [...forms];
}

/** Past suffixes of a verb whose last letter is a weak ى (folded to ي), put on the verb without it. */
const DEFECTIVE_PAST = ['ي', 'ت', 'وا', 'و', 'يا', 'تا', 'ين', 'ينا', 'يت', 'يتم'];
/** Present suffixes of such a verb: "يعتدي", "يعتدون", "تعتدين", "يعتديان". */
const DEFECTIVE_PRESENT = ['ي', 'ون', 'و', 'وا', 'ين', 'يان', 'يا'];

/**
 * Forms of a verb ending in a weak letter (اعتدى، رمى، انتهى): the letter gives way to the suffix, so
 * "اعتدت" and "اعتدوا" have none and "يعتدي" ends in it.
 *
 * @example verbForms('اعتدي').includes('اعتدوا') === true
 */
function defectiveForms(past: string): string[] {
  const stem = past.slice(0, -1);
  const presentStem = stem.startsWith('ا') ? stem.slice(1) : stem;
  const forms = new Set(DEFECTIVE_PAST.map((suffix) => stem + suffix));
  for (const prefix of PRESENT_PREFIXES) {
    for (const suffix of DEFECTIVE_PRESENT) forms.add(prefix + presentStem + suffix);
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

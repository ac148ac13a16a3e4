import { cliticReadings, splitClitics, type CliticSplit } from './arabic-clitics.js';
import { KNOWN_ARABIC_FORMS, KNOWN_FINAL_HA_FORMS } from './clitic-lexicon.js';

const TANWIN = /[\u064b-\u064d]/;
const TANWIN_NOT_GENITIVE = /[\u064b\u064c]/;
const TRAILING_MARKS = /[\u064b-\u065f\u0670\u0640]+$/;

/**
 * `splitClitics` with what only the written word shows and normalisation folds away. A final ه written
 * as ه, not ة, is most often the pronoun "his/its" ("اعتقاله" → اعتقال + ه, "لعالمه" → ل + عالم + ه); a
 * tanwin marks an indefinite word, which takes no article and no pronoun, and with ً or ٌ no preposition
 * ("كتاباً" stays whole, "مؤمنًا" keeps its نا).
 *
 * @example splitWrittenClitics('اعتقاله', 'اعتقاله') // { prefix: '', stem: 'اعتقال', suffix: 'ه' }
 * @example splitWrittenClitics('كتابا', 'كتاباً') // { prefix: '', stem: 'كتابا', suffix: '' }
 */
export function splitWrittenClitics(normToken: string, written: string): CliticSplit {
  if (TANWIN.test(written)) return indefiniteReading(normToken, TANWIN_NOT_GENITIVE.test(written));
  const split = splitClitics(normToken);
  if (split.suffix !== '') return split;
  const bare = written.replace(TRAILING_MARKS, '');
  // "عبدالله", "نصرالله": names written joined to "الله" keep their ه, as do known words ending in it.
  if (!bare.endsWith('ه') || bare.endsWith('لله') || KNOWN_FINAL_HA_FORMS.has(split.stem)) return split;
  // Pronouns do not stack: the rest is read without a second one ("وتبناه" → و + تبنا + ه, not تب + نا).
  const inner = cliticReadings(normToken.slice(0, -1)).find((r) => r.suffix === '');
  if (!inner) return split;
  const stemOk = inner.stem.length >= 3 || (inner.stem.length >= 2 && KNOWN_ARABIC_FORMS.has(inner.stem));
  return stemOk ? { prefix: inner.prefix, stem: inner.stem, suffix: 'ه' } : split;
}

function indefiniteReading(normToken: string, noPreposition: boolean): CliticSplit {
  const allowed = (prefix: string): boolean =>
    !prefix.includes('ال') && !prefix.includes('لل') && (!noPreposition || /^[وف]?$/.test(prefix));
  const reading = cliticReadings(normToken).find((r) => r.suffix === '' && allowed(r.prefix));
  return reading ?? { prefix: '', stem: normToken, suffix: '' };
}

import type { Span } from '../../core/span.js';
import { identifyProfiled, type LanguageGuess } from './language-id.js';
import { emptyProfile, profileScript, type ScriptProfile } from './script-profile.js';

/** Enough text for eld to be sure; the letters are counted over everything. */
const SAMPLE_CHARS = 2000;

/**
 * The main language of a document from its article text (the body segments), falling back to the whole
 * text when the body has no letters. Letters are counted over all segments, so the script with most
 * letters decides; the detector reads the first 2,000 characters.
 *
 * @example identifyDocumentLanguage('Menu\nقتل 5 أشخاص في هجوم على بلدة', [[5, 33]]).language === 'ar'
 */
export function identifyDocumentLanguage(text: string, segments: readonly Span[]): LanguageGuess {
  const profile = emptyProfile();
  // The sample's parts, each closed by a line break, joined once: a string built by '+' is a tree of its
  // parts, and the English cues read it character by character (over a sample of the corpus, the cues took
  // 6.5 M instructions on the tree, 4.9 M on the flat string).
  const parts: string[] = [];
  let sampled = 0;
  for (const [start, end] of segments) {
    addProfile(profile, profileScript(text, start, end));
    if (sampled < SAMPLE_CHARS) {
      const part = text.slice(start, Math.min(end, start + SAMPLE_CHARS));
      parts.push(part);
      sampled += part.length + 1;
    }
  }
  if (profile.letters === 0) return identifyProfiled(text.slice(0, SAMPLE_CHARS), profileScript(text));
  parts.push('');
  return identifyProfiled(parts.join('\n'), profile);
}

/** Field by field: a loop over the keys read them by name, from the engine's slowest kind of look-up. */
function addProfile(into: ScriptProfile, p: ScriptProfile): void {
  into.letters += p.letters;
  into.arabicScript += p.arabicScript;
  into.latin += p.latin;
  into.pashto += p.pashto;
  into.sorani += p.sorani;
  into.urdu += p.urdu;
  into.persianish += p.persianish;
  into.arabicOnly += p.arabicOnly;
}

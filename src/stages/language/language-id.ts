import { eldDetector, type Detector } from './eld-ngrams.js';
import { profileScript, type ScriptProfile } from './script-profile.js';
import { countPashtoParticles, looksEnglish } from './word-cues.js';

export interface LanguageGuess {
  /** ISO 639-1 code, or 'ckb' (Sorani Kurdish in Arabic script), or 'und' when there are no letters. */
  language: string;
  /** 0–1. */
  confidence: number;
}

let detectors: { anyScript: Detector; arabicScript: Detector } | undefined;

/**
 * The eld detectors, made the first time a text needs them: letters and English function words decide
 * all but a few texts in a thousand, and a process that never meets such a text never reads eld's table
 * (see eld-ngrams.ts for what it costs).
 */
function eldDetectors(): { anyScript: Detector; arabicScript: Detector } {
  if (detectors === undefined) {
    // Separate instances: the Arabic-script one is narrowed to the languages eld knows in that script.
    const arabicScript = eldDetector();
    arabicScript.setLanguageSubset(['ar', 'fa', 'ur', 'ku']);
    detectors = { anyScript: eldDetector(), arabicScript };
  }
  return detectors;
}

/** eld reads at most this much; longer inputs only cost time. */
const ELD_SAMPLE = 2000;

/**
 * The language of a text (a document or a paragraph). Arabic script is decided by letters no other
 * language uses (Pashto ټ ډ ړ ښ …, Sorani ڕ ڵ ۆ ێ ە, Urdu ے ں ٹ ڈ ڑ, Persian پ چ ژ گ ی ک) with eld as the
 * judge when the letters are too few to tell; other scripts by eld. Mixed texts get the language of the
 * script with most letters, so an Arabic article quoting English names stays Arabic.
 *
 * @example identifyLanguage('قالت وزارة الداخلية إن الهجوم أسفر عن مقتل 27 شخصا').language === 'ar'
 * @example identifyLanguage('The ministry said the attack killed 27 people').language === 'en'
 */
export function identifyLanguage(text: string): LanguageGuess {
  return identifyProfiled(text, profileScript(text));
}

/** The same decision for a text whose letters were already counted (documents count them once). */
export function identifyProfiled(text: string, p: ScriptProfile): LanguageGuess {
  if (p.letters === 0) return { language: 'und', confidence: 0 };
  if (p.arabicScript * 2 >= p.letters) return arabicScriptLanguage(text, p);
  if (p.latin * 2 < p.letters) return byEld(text, 1, 'anyScript');
  const share = p.latin / p.letters;
  // Running English is recognised by its function words in a fraction of eld's time.
  if (looksEnglish(text)) return { language: 'en', confidence: share * 0.95 };
  return byEld(text, share, 'anyScript');
}

function arabicScriptLanguage(text: string, p: ScriptProfile): LanguageGuess {
  const a = p.arabicScript;
  const share = a / p.letters;
  const distinctive: [string, number][] = [
    ['ps', p.pashto],
    ['ckb', p.sorani],
    ['ur', p.urdu],
  ];
  const [best, count] = distinctive.reduce((x, y) => (y[1] > x[1] ? y : x));
  // One such letter settles a short line; a long text needs a few per thousand (a quoted name is not enough).
  if (count >= (a < 100 ? 1 : Math.max(2, 0.005 * a)))
    return { language: best, confidence: share * Math.min(1, 0.6 + (count / a) * 10) };
  // Pashto written without its own letters still has its particles: د "of", په "in", کې, چې.
  if (p.persianish > 0 && countPashtoParticles(text) >= 2) return { language: 'ps', confidence: share * 0.8 };
  if (p.persianish >= 0.03 * a && p.persianish > p.arabicOnly)
    return { language: 'fa', confidence: share * 0.95 };
  // Long Arabic text carries many ة ي ك and no Persian letters; short or mixed text goes to eld.
  if (a >= 200 && p.persianish <= 0.002 * a) return { language: 'ar', confidence: share * 0.97 };
  const guess = byEld(text, share, 'arabicScript');
  if (guess.language === 'ku') return { language: 'ckb', confidence: guess.confidence };
  if (guess.language === 'und') return { language: 'ar', confidence: share * 0.5 };
  return guess;
}

function byEld(text: string, share: number, detector: 'anyScript' | 'arabicScript'): LanguageGuess {
  const result = eldDetectors()[detector].detect(text.length > ELD_SAMPLE ? text.slice(0, ELD_SAMPLE) : text);
  if (result.language === '') return { language: 'und', confidence: 0 };
  const score = result.getScores()[result.language] ?? 0;
  return { language: result.language, confidence: share * score * (result.isReliable() ? 1 : 0.6) };
}

import { isWhiteSpace } from '../../core/text/unit-class.js';
import { LOCATIVE_CUES } from './context-cues.js';
import { ARABIC_LETTER } from './match-context.js';
import type { NameMatch } from './mention-matcher.js';

// A place's name standing for its government or its ruler, or for a channel named after it: the speaker of a
// report, or the state that joins a war, never the scene.

/** "رييس اقليم كردستان" (رئيس, normalised), "حاكم راس الخيمه": the place a president or a ruler heads. */
const RULER_BEFORE = /(?:^|\s)[وفلب]?(?:ال)?(?:رييس|رييسه|حاكم|امير|ملك|سلطان)\s+$/;
/** "نسبته عمان الي الفصيل", "اتهمت دمشق": a verb of saying or blaming whose subject is the place. */
const SPEAKING_BEFORE =
  /(?:^|\s)[وفل]?(?:نسب|اتهم|قال|اعلن|اكد|نفي|نفت|ادان|دان|طالب|حذر|هدد|دعت|دعا)\S*\s+$/;
/** "Ankara blamed", "Damascus said", "Washington blames": the same in English, the place before the verb. */
const SPEAKING_AFTER =
  /^\s+(?:said|says|blamed|blames|accused|accuses|denied|denies|announced|announces|confirmed|confirms|condemned|condemns|warned|warns|insisted|insists)\b/;
/**
 * "Al-Jazirah reported", "Radio Kabul quoted": a channel or a paper named after a town or a province, a
 * speaker, not a scene. Not a country's: "Television Montenegro reported" still says whose news it is.
 */
const REPORTING_AFTER = /^\s+(?:reported|quoted|broadcast|aired)\b/;
/** "بعد انضمام انقره الي التحالف": a state entering a war, a campaign or an alliance. */
const ENTERING_BEFORE = /(?:^|\s)[وفلب]?ل?(?:دخول|انضمام|مشاركه|تدخل)\s+$/;
const ENTERING_AFTER = /^\s+(?:\S+\s+)?(?:في|الي)\s+(?:ال)?(?:حرب|حمله|تحالف|صراع|معركه)/;

/**
 * A place named for its government or its ruler: a capital that speaks, blames or joins a war ("in Ankara
 * said" is a speaker's place), or the place a president or a ruler heads; or a channel named after a town
 * that reports. Not where anything happened.
 *
 * @example namesGovernment(view.text, matchOf('انقره'), 'نسبته') === true // in "تفجير نسبته انقره الي الفصيل"
 */
export function namesGovernment(viewText: string, match: NameMatch, lead: string | undefined): boolean {
  const before = viewText.slice(Math.max(0, match.view[0] - 16), match.view[0]);
  const after = viewText.slice(match.view[1], match.view[1] + 32);
  // The words in front that make a government are Arabic, and each of the three ends a space before the name:
  // most English text, and a name with a proclitic written onto it («بانقره»), is spared the tests.
  if (isWhiteSpace(before.charCodeAt(before.length - 1)) && ARABIC_LETTER.test(before)) {
    if (RULER_BEFORE.test(before) || SPEAKING_BEFORE.test(before)) return true;
    if (ENTERING_BEFORE.test(before) && ENTERING_AFTER.test(after)) return true;
  }
  const speaks =
    SPEAKING_AFTER.test(after) ||
    (REPORTING_AFTER.test(after) && match.senses.every((s) => s.entity.kind !== 'country'));
  return speaks && (lead === undefined || !LOCATIVE_CUES.has(lead));
}

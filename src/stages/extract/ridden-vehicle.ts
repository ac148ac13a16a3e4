/** "Gunmen in a civilian car": the word "civilian" on the attackers' own vehicle names no victim. */
import type { Span } from '../../core/span.js';
import { wordSet } from '../../core/text/word-set.js';
import { ARMED_DOERS_EN } from './armed-nouns.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/** The adjective "civilian" in English and in folded Arabic (مدني, مدنية, مدنيا). */
const CIVILIAN_WORD = /^(?:civilian|مدني|مدنيه|مدنيا)$/;
/** Vehicles a civilian adjective may qualify: after it in English, before it in Arabic. */
const VEHICLE_EN = /^(?:car|cars|vehicle|vehicles|truck|van|pickup|motorcycle|motorbike|jeep)$/;
const VEHICLE_AR = /^[وفب]?(?:ال)?(?:سياره|سيارات|مركبه|مركبات|شاحنه|دراجه|حافله)$/;
/**
 * The doers a vehicle word shortly after rides with ("gunmen in a civilian car", "مسلحون مجهولون يستقلون
 * سيارة مدنية"): their vehicle, not the victims'.
 */
const RIDERS = wordSet(
  `${ARMED_DOERS_EN} militants kidnappers masked مسلحون مسلحين مسلح مجهولون مجهولين مجهول ملثمون ملثمين مهاجمون مهاجمين خاطفون عناصر`,
);
/** How many words before the vehicle the riders may stand ("armed men riding in a civilian car"). */
const RIDERS_REACH = 5;

/**
 * The civilian word at `span` qualifies a vehicle the armed doers before it ride in ("gunmen in a
 * civilian vehicle opened fire"): it tells how the attackers came, not who was harmed. A civilian car
 * struck by a drone names no riders before it and still marks civilian victims.
 */
export function ridersCivilianVehicle(view: SentenceView, span: Span): boolean {
  const at = tokenAt(view, span[0]);
  const word = view.tokens[at]?.norm ?? '';
  if (!CIVILIAN_WORD.test(word)) return false;
  const next = view.tokens[at + 1]?.norm ?? '';
  const before = view.tokens[at - 1]?.norm ?? '';
  const vehicle = VEHICLE_EN.test(next) ? at : VEHICLE_AR.test(before) ? at - 1 : -1;
  if (vehicle < 0) return false;
  return view.tokens.slice(Math.max(0, vehicle - RIDERS_REACH), vehicle).some((t) => RIDERS.has(t.norm));
}

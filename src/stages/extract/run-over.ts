/**
 * A person run over on the road: «دهسته سيارة مسرعة», «دهس سائق شاحنة ثلاثة عمال», «قتل دهسا تحت عجلات
 * قطار». Arabic tells a traffic accident with the same verb as a ramming attack; what sets them apart is
 * the one doing it. In an accident a car, a lorry or its driver runs the person over; in an attack a side
 * does («دهس مستوطن بسيارته طفلا»: the car told with «ب» is the settler's weapon), or a war machine
 * («دهست دبابة للجيش مدنيين»).
 */
import type { Frame } from './frame-builder.js';

/** The ramming verb «دهس» and its noun, in any person or tense, a pronoun after it («دهسته», «يدهسون», «دهسا»). */
const RUN_OVER = /^[وف]?(?:ال)?[يتن]?دهس/;
/**
 * Road vehicles and their drivers as the doer, and the wheels a person fell under. Written with «ب» the
 * vehicle is the tool a side used, so «ب» is not let before them.
 */
const ROAD_VEHICLE =
  /^[وف]?(?:ال)?(?:سياره|سيارات|شاحنه|شاحنات|حافله|حافلات|باص|قطار|مركبه|مركبات|سايق|سايقو|سايقي|عجلات|دراجه|دراجات|جرار)$/;
/** How many tokens either side of the verb the vehicle may stand: «دهستها أربع سيارات وحافلة». */
const REACH = 3;

/**
 * True for a frame with no strong trigger whose «دهس» has a road vehicle or its driver beside it: a road
 * accident, not a ramming attack.
 *
 * @example runOverOnRoad(frame) // true for «توفي طفل بعد أن دهسته سيارة مسرعة في حي النسيم»
 */
export function runOverOnRoad(frame: Frame): boolean {
  const tokens = frame.view.tokens;
  const ramming = frame.triggers.filter((t) => t.end - t.start === 1 && RUN_OVER.test(tokens[t.start].norm));
  if (ramming.length === 0 || frame.triggers.some((t) => t.phrase.strength === 'strong')) return false;
  return ramming.some((t) =>
    tokens
      .slice(Math.max(frame.from, t.start - REACH), Math.min(frame.to, t.end + REACH))
      .some((token) => ROAD_VEHICLE.test(token.norm)),
  );
}

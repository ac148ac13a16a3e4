import type { Mention } from '../../core/records.js';
import { mainTrigger, type Frame } from './frame-builder.js';

/** How many tokens after its trigger a clause's own locality may be told: "clashes raged on Saturday evening in the district of …". */
const LOCALITY_REACH = 10;
/**
 * «في مديرية …», «بقرية …», "in the village of …": a head word that says the next name is the scene's locality —
 * not a word that only describes the area («في منطقة قريبة», «في قرية نائية», «في منطقة جنوب …»).
 */
const LOCALITY_HEAD =
  /(?:^|\s)(?:في|ب)\s*(?:مديرية|منطقة|بلدة|قرية|ناحية|قضاء|حي)\s+(?!(?:ال)?(?:قريب|نائي|جبلي|زراعي|صحراوي|سكني|حدودي|مجاور|اخر|أخر|تابع|تقع|واقع|بين|على|عند|من|شمال|جنوب|شرق|غرب|وسط|عسكري|مفتوح|خالي|آمن|امن|مأهول|ريفي|صناعي|تجاري)[ةهيا]*(?:\s|$))(?=\S)|\b[Ii]n\s+the\s+(?:village|town|district)\s+of\s+(?=[A-Z])/;

/**
 * "…reached Lakhpur, while clashes raged on Saturday in the district of Wadi Sirr": the trigger's own
 * clause puts its incident in a locality the gazetteer does not know. A town an earlier clause opened with is
 * then another scene, not this one's.
 *
 * @example tellsUnnamedLocality(frame, places, text) // true for «اندلعت مواجهات ليل السبت في مديرية وادي السر»
 */
export function tellsUnnamedLocality(frame: Frame, places: Mention[], text: string): boolean {
  const view = frame.view;
  const trigger = mainTrigger(frame);
  const last = Math.min(trigger.end + LOCALITY_REACH, frame.to, view.tokens.length) - 1;
  if (last < trigger.end) return false;
  const from = view.tokens[trigger.end - 1].span[1];
  const window = text.slice(from, view.tokens[last].span[1]);
  const head = LOCALITY_HEAD.exec(window);
  if (!head) return false;
  const name = from + head.index + head[0].length;
  return !places.some((m) => m.span[0] <= name && name < m.span[1]);
}

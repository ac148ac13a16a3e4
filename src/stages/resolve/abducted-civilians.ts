// "دعا إلى الإفراج عن الرهائن المختطفين في البلدة": ACLED files an abduction, like sexual violence, under violence
// against civilians: people taken by armed men are unarmed non-combatants unless the text names their side.
import { civiliansAt } from '../../core/civilians.js';
import type { EventRecord } from '../../core/records.js';

/** Sub-types whose victims are civilians by ACLED's definition when no side of theirs is told. */
const CIVILIAN_HARM = new Set(['Abduction/forced disappearance', 'Sexual violence']);

/**
 * Words of arrest: an armed group's "arrest" (read as an abduction) takes rival fighters and leaders as often as
 * civilians («أعلنت المقاومة اعتقال قيادي في الجماعة»).
 */
const ARREST = /اعتقا?ل|القبض|احتجا?ز|arrest|detain|captur/i;

/**
 * The civilians an abduction or a rape took, as its target, when the text names no one side of the victims and
 * the act is not told as an arrest.
 *
 * @example abductedCivilians(event, text) // actor2 Civilians for "gunmen seized three engineers"
 */
export function abductedCivilians(event: EventRecord, text: string): void {
  const sub = event.sub_event_type;
  if (event.actor2 !== null || !sub || !CIVILIAN_HARM.has(sub.value)) return;
  if (sub.spans.some(([from, to]) => ARREST.test(text.slice(from, to)))) return;
  if (sub.spans.some(([, to]) => FIGHTERS_TAKEN.test(text.slice(to, to + TAKEN_REACH)))) return;
  event.actor2 = civiliansAt(sub.spans);
}

/**
 * «خطفت جبهة النصرة خمسة مقاتلين من الفرقة 30»: those counted as taken are fighters or soldiers, no
 * civilians, though the text may name no side of theirs.
 */
const FIGHTERS_TAKEN =
  /^[^.؛!?]*?(?:\d+|(?:^|\s)(?:ثلاث|[أا]ربع|خمس|ست|سبع|ثماني?|تسع|عشر|عشرات|عدد)\S*)\s+(?:على\s+الأقل\s+)?(?:من\s+)?(?:ال)?(?:مقاتل|جندي|جنود|عسكري)/;
/** How far after the act's word its count of the taken may lie. */
const TAKEN_REACH = 60;

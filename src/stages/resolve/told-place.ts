// A telling whose words only say where the incident was.
import type { EventRecord } from '../../core/records.js';

/**
 * "the attack occurred in", "took place near the town of", "were killed in the attack which occurred in": words
 * between a trigger and the place they tell.
 */
const TOLD_AT =
  /^\s+(?:in\s+the\s+(?:attack|incident|ambush|assault|blast|explosion|shooting|bombing)\s+(?:which|that)\s+)?(?:took\s+place|occurred|happened)\s+(?:in|at|near|on|outside|inside)\s+(?:[\w'’-]+\s+){0,4}$/i;
/** «وقع الهجوم في»: the verb that says where, before the trigger. */
const TOLD_AT_AR = /(?:^|\s)[وف]?(?:وقع|وقعت|حدث|حدثت)\s+$/;

/**
 * "The attack occurred in Ishaqi, near Samarra.", «ووقع الهجوم في بلدة X»: a telling whose words only say
 * where the incident was; the place it tells corrects the one a telling before it guessed.
 *
 * @example toldPlace(event, 'The attack occurred in Ishaqi.') // true when its place is Ishaqi
 */
export function toldPlace(event: EventRecord, text: string): boolean {
  const trigger = event.event_type?.spans[0];
  const place = event.location?.spans[0];
  if (!trigger || !place || place[0] < trigger[1] || event.location?.precision === 'country') return false;
  const between = text.slice(trigger[1], place[0]);
  // "occurred on Baghdad road": a road named after a town says nothing of where on it.
  if (/^\s+(?:road|highway|motorway|street|avenue)\b/i.test(text.slice(place[1], place[1] + 12)))
    return false;
  return (
    TOLD_AT.test(between) ||
    (TOLD_AT_AR.test(text.slice(Math.max(0, trigger[0] - 8), trigger[0])) && between.split(/\s+/).length <= 5)
  );
}

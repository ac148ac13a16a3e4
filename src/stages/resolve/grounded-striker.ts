// "اشتباكات عنيفة ترافقت مع قصف جوي … من قبل مقاتلي الفصائل", "Nusra stormed the base as coalition raids hit":
// an armed group flies no warplanes. Named beside an air strike its telling gives no drone, it is the side the
// strike hit, not the one that flew it.
import type { EventRecord, Mention } from '../../core/records.js';
import { actorRef } from '../../core/record-refs.js';

/** The armed sides that wage their wars from the air: the Saudi-led and the US-led coalitions. */
const AIR_WAR_SIDES = new Set(['actor:saudi-led-coalition', 'actor:us-led-coalition']);

/** Sides the text names by a word for fighters, not a name: "the rebels", "the factions". */
const FIGHTERS_NAMED = /\b(?:Rebels|Militia|Revolutionaries|Resistance|factions)\b/;

/**
 * Words that put the strike in the air ("warplanes", "air raids", «غارة», «قصف جوي»), not an air force named as
 * the one harmed. An "air strike" told by a bare "strike" may be a general strike a group called, or a blow on the
 * ground: its group did it.
 */
const AIRBORNE =
  /\b(?:air(?!\s+force)|airstrikes?|warplanes?|jets?|aircraft|bombers?|helicopters?|planes?)\b|غار[ةه]|غارات|جوي|طيران|طائر[ةه]|طائرات|مقاتلات/i;

/** Drones, the one aircraft armed groups fly: "طائرة مسيرة", "a drone" (folded or not). */
const DRONE = /drones?\b|مسير[ةه]|مسيرات|درون/i;

/**
 * Whether the side of entity `id` flies no warplanes: one the base knows that is neither a state's forces nor an
 * air-war coalition (an armed group, a militia, a crowd).
 *
 * @example flightless('actor:al-nusra-front') === true; flightless('actor:forces:sy:military') === false
 */
export function flightless(id: string | null | undefined): id is string {
  return !!id && !id.startsWith('actor:forces:') && !AIR_WAR_SIDES.has(id);
}

/** Whether `ref` names an armed group the text tells of, rather than a state's forces or a coalition of states. */
function armedGroup(id: string | null, name: string, mentions: Mention[]): boolean {
  if (!flightless(id)) return false;
  const named = mentions.find((m) => m.entity_id === id);
  return named ? named.kind === 'armed-group' : FIGHTERS_NAMED.test(name);
}

/** The one air-war coalition the incident's tellings name ("غارات نفذها الائتلاف الدولي"), if only one. */
function coalitionTold(event: EventRecord, mentions: Mention[]): EventRecord['actor1'] {
  const told = mentions.filter(
    (m) =>
      AIR_WAR_SIDES.has(m.entity_id) &&
      event.evidence.some(([from, to]) => from <= m.span[0] && m.span[1] <= to),
  );
  if (told.length === 0 || told.some((m) => m.entity_id !== told[0].entity_id)) return null;
  return actorRef(
    told[0].name,
    told[0].entity_id,
    told.map((m) => m.span),
  );
}

/**
 * The air strike's armed-group perpetrator, when its tellings name no drone flown by it but name aircraft or an
 * air-war coalition, taken for its target (if it has none); the perpetrator is then that coalition, if any.
 *
 * @example groundStriker(event, text, mentions) // actor1 US-led Coalition, actor2 Al-Nusra Front for "Nusra attacked as coalition raids hit"
 */
export function groundStriker(event: EventRecord, text: string, mentions: Mention[]): void {
  const striker = event.actor1;
  if (event.sub_event_type?.value !== 'Air/drone strike' || !striker) return;
  if (!armedGroup(striker.entity_id, striker.name, mentions)) return;
  // A group flies drones only where its own telling names it: a group carried over from another incident
  // (its name outside every telling of this one) is that incident's side, not this drone's pilot.
  const toldHere = striker.spans.some(([a, b]) => event.evidence.some(([from, to]) => from <= a && b <= to));
  const drone = event.evidence.some(([from, to]) => DRONE.test(text.slice(from, to)));
  if (drone && toldHere) return;
  const coalition = coalitionTold(event, mentions);
  const airborne = drone || event.evidence.some(([from, to]) => AIRBORNE.test(text.slice(from, to)));
  if (!coalition && !airborne) return;
  event.actor1 = coalition;
  event.actor2 ??= striker;
}

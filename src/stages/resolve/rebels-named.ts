import type { ActorRef, EventRecord, Mention } from '../../core/records.js';
import { actorRef } from '../../core/record-refs.js';
import { SIDES_BY_NAME } from '../../core/sides-by-name.js';

/** A side named by a common noun for the rebels of a country: "the guerrillas", "rebel forces". */
const GENERIC_REBELS = /^Opposition Rebels \(/;
/** The base's umbrella sides ("Islamist Rebels (Syria)"): no one group that rebels could belong to. */
const UMBRELLA = new Set(Object.values(SIDES_BY_NAME));

/** English words for a group's fighters that the article may write with its name ("the Front's guerrillas"). */
const FIGHTERS = String.raw`(?:guerrillas|rebels|insurgents|fighters|commandos)`;
/** A name the knowledge base writes with its fighters' word: "Front guerrillas". */
const FIGHTERS_OWN = new RegExp(String.raw`\b${FIGHTERS}$`, 'i');
/**
 * After a group's name, past one word of their kind: "Front guerrillas", "(Front) urban guerrillas"; not
 * "the Front and other rebels", nor "a Front rebel group" (what the group is, not what its fighters are called).
 */
const FIGHTERS_AFTER = new RegExp(
  String.raw`^\)?\s*(?:(?!(?:and|or|but|with|against|by|to|of|the|other|their|its)\b)[a-z]+\s+)?${FIGHTERS}\b`,
  'i',
);
/** Before a group's name: "guerrillas of the Front", "rebels from the Front". */
const FIGHTERS_BEFORE = new RegExp(String.raw`\b${FIGHTERS}\s+(?:of|from)\s+(?:the\s+)?\(?$`, 'i');

/**
 * The one armed group of `country` whose fighters the article calls by a word for rebels ("Front guerrillas",
 * "guerrillas of the Front"), or null when it names none or several.
 */
function rebelsCalledSo(text: string, mentions: readonly Mention[], country: string): Mention | null {
  let found: Mention | null = null;
  for (const m of mentions) {
    if (m.kind !== 'armed-group' || m.actor?.country !== country || UMBRELLA.has(m.entity_id)) continue;
    const named = text.slice(m.span[0], m.span[1]);
    const after = text.slice(m.span[1], m.span[1] + 30);
    const before = text.slice(Math.max(0, m.span[0] - 30), m.span[0]);
    if (!FIGHTERS_OWN.test(named) && !FIGHTERS_AFTER.test(after) && !FIGHTERS_BEFORE.test(before)) continue;
    if (found && found.entity_id !== m.entity_id) return null;
    found = m;
  }
  return found;
}

/**
 * "Front guerrillas were killed in the fighting … Guerrillas attacked the garrison": where the article calls
 * the fighters of one armed group of the incident's country by a word for rebels, its bare "the guerrillas"
 * or "the rebels" are that group's, not an unnamed rebel side. Two such groups named (the Front's guerrillas
 * and the Army's) leave the side unnamed: which one the word means is not told.
 *
 * @example rebelsNamed(event, text, mentions) // actor1 the Front for "guerrillas attacked the garrison"
 */
export function rebelsNamed(event: EventRecord, text: string, mentions: readonly Mention[]): void {
  const country = event.location?.country;
  if (!country) return;
  const named = (side: ActorRef | null): ActorRef | null => {
    if (!side || side.entity_id !== null || !GENERIC_REBELS.test(side.name)) return side;
    const group = rebelsCalledSo(text, mentions, country);
    return group ? actorRef(group.name, group.entity_id, side.spans, side.basis) : side;
  };
  event.actor1 = named(event.actor1);
  event.actor2 = named(event.actor2);
}

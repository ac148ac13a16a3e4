/** A battle told with its own dead beside another kind of act of its sentence: two incidents. */
import type { EventRecord } from '../../core/records.js';
import { IN_BATTLE } from '../../core/text/battle-words.js';
import type { Placed } from './placed.js';
import { placeWith } from '../../core/place-ref.js';

/** The word before a trigger: "in" of "killed in clashes". */
const WORD_BEFORE = /(\S+)\s+$/;

/**
 * "…, and 47 rebels were killed in clashes with the army", «وقتل 31 متمردا في معارك»: a clash whose dead are
 * told as fallen in it ("in" right before its battle word), with a toll of its own.
 *
 * @example diedInBattle(clash, text) // true for the clash of «وقتل 31 متمردا في معارك مع الجيش»
 */
export function diedInBattle(event: EventRecord, text: string): boolean {
  if (event.sub_event_type?.value !== 'Armed clash' || !event.fatalities) return false;
  return event.sub_event_type.spans.some(([start]) => {
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? '';
    return IN_BATTLE.test(word);
  });
}

/**
 * "Jets struck rebel positions in X, and 47 rebels were killed in clashes": the battle told with its dead and
 * the other act of its sentence (an air strike, shelling) are two incidents, and the dead are the battle's.
 */
export function battleBeside(into: Placed, item: Placed): boolean {
  if (item.first !== into.last || into.event.sub_event_type?.value === item.event.sub_event_type?.value) {
    return false;
  }
  return item.battleDead === true || into.battleDead === true;
}

/**
 * "Jets struck Houthi positions in Marib, and 47 rebels were killed in clashes", «وفي مأرب، قتل ثمانية في
 * مواجهات، وشن الطيران غارات على مواقع في قرية …»: a battle told with its dead and the other act of its
 * sentence were fought in one area; the one its clause does not place is where the other was, not nowhere
 * (where the article would drop it, or hand its toll to the other).
 *
 * @example placeBattleDead(merged) // the clash at Marib, beside the air strike there
 */
export function placeBattleDead(items: Placed[]): void {
  const town = (p: Placed) => (p.event.location?.precision ?? 'country') !== 'country';
  for (const battle of items.filter((p) => p.battleDead)) {
    const beside = items.filter((o) => o !== battle && o.first === battle.first);
    const placed = [battle, ...beside].find(town);
    if (!placed) continue;
    const where = placed.event.location!;
    for (const p of [battle, ...beside])
      if (!town(p)) p.event.location = placeWith(where, where.country, where.spans);
  }
}

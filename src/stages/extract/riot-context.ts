import type { EventRecord } from '../../core/records.js';
import { familyOf } from './act-families.js';
import type { Frame } from './frame-builder.js';
import type { SentenceView } from './sentence-view.js';

/** Riot words an article needs before its unattributed violence is read as part of the rioting. */
const RIOT_STORY_MIN = 3;
const STABBING =
  /^(?:stabbed|stabbing|hacked to death|lynched|burnt alive|burned alive|burnt to death|burned to death|طعن)/;
const CURFEW = /^(?:curfew|curfews|حظر التجول|منع التجول)$/;

/**
 * An article about communal rioting: it uses riot words ("mob", "rioters", "stone-pelting") again and again.
 *
 * @example isRiotStory(views) // true for a round-up of mob violence across a state
 */
export function isRiotStory(views: readonly SentenceView[]): boolean {
  // Counted, not filtered into an array for each sentence, and only until there are enough.
  let n = 0;
  for (const view of views)
    for (const trigger of view.triggers)
      if (familyOf(trigger.phrase.tag) === 'riot' && ++n >= RIOT_STORY_MIN) return true;
  return false;
}

/**
 * In a riot story, "clashes" with no armed side named, and a stabbing, lynching or burning alive told in a sentence with a mob
 * or a curfew, are the rioting itself: Riots / Mob violence.
 *
 * @example retypeAsRiot(record, frame); record.sub_event_type?.value // 'Mob violence'
 */
export function retypeAsRiot(record: EventRecord, frame: Frame): void {
  const sub = record.sub_event_type;
  if (!sub) return;
  const unarmed = sub.value === 'Armed clash' && record.actor1 === null && record.actor2?.entity_id == null;
  const stabbing =
    sub.value === 'Attack' &&
    frame.triggers.some((t) => STABBING.test(t.phrase.words.join(' '))) &&
    riotWords(frame.view);
  if (!unarmed && !stabbing) return;
  // Retyped in place, not copied by a spread: the record is the new mention's own, and a spread's copy takes
  // a hidden class V8 holds only weakly, which every later reader of the events then met besides the usual one.
  record.event_type = { value: 'Riots', spans: record.event_type?.spans ?? sub.spans };
  record.sub_event_type = { value: 'Mob violence', spans: sub.spans };
}

function riotWords(view: SentenceView): boolean {
  return (
    view.triggers.some((t) => familyOf(t.phrase.tag) === 'riot') ||
    view.tokens.some((t) => CURFEW.test(t.norm))
  );
}

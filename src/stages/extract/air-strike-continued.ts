/**
 * «نفذت مقاتلات التحالف ضربات على … .\nوقصف في وقت لاحق …»: a sentence that opens on a verb joined by «و» with no
 * subject of its own goes on telling the doer of the sentence right before it. When that sentence told an air
 * strike, its aircraft struck again, so the bare «قصف» is another air strike by the same side, not a shelling
 * by no one.
 */
import { actorRef } from '../../core/record-refs.js';
import type { EventRecord } from '../../core/records.js';
import { eventTypeOf } from '../../core/taxonomy.js';
import type { Frame } from './frame-builder.js';
import { subjectlessJoinedVerb } from './joined-verb.js';
import { PAST_PASSIVE_AUXILIARY } from './passive-auxiliaries.js';

const AIR_STRIKE = 'Air/drone strike';
const SHELLING = 'Shelling/artillery/missile attack';

/**
 * Turns `record`, a shelling its frame tells by a subjectless joined verb opening the sentence, into an air
 * strike by the side of the air strike the sentence right before told last (`previous`, its events), when
 * that side is known yet. Only a record with no doer of its own changes.
 *
 * @example continueAirStrike(previousSentenceEvents, record, frame); record.sub_event_type?.value // 'Air/drone strike'
 */
export function continueAirStrike(previous: readonly EventRecord[], record: EventRecord, frame: Frame): void {
  const verb = frame.triggers[0];
  if (verb.start !== 0 || !subjectlessJoinedVerb(frame.view, verb)) return;
  const before = previous.at(-1);
  if (before?.sub_event_type?.value !== AIR_STRIKE) return;
  if (record.sub_event_type?.value !== SHELLING || record.actor1 !== null) return;
  retypeAsAirStrikeOf(record, before);
}

/** Types `record` as an air strike and gives it the side (a copy) of `before`, the air strike it goes on. */
function retypeAsAirStrikeOf(record: EventRecord, before: EventRecord): void {
  record.sub_event_type = { ...record.sub_event_type!, value: AIR_STRIKE };
  const side = before.actor1;
  // Built by `actorRef`, not spread: a spread's copy takes a hidden class V8 holds only weakly.
  if (side)
    record.actor1 = actorRef(
      side.name,
      side.entity_id,
      side.spans.map((s) => [s[0], s[1]]),
      side.basis,
    );
}

/** What a bare killing is typed by no word of its own: a blow at people, or armed men fallen in a fight. */
const UNTOLD_BLOW = new Set(['Attack', 'Armed clash']);
/** Words of a fight or a killing on the ground, which no aircraft does. */
const GROUND_WORDS =
  /^(?:shot|shooting|gun\w*|stabb\w*|clash(?:es|ed|ing)?|fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)|ambush\w*|execut\w*|behead\w*|sniper\w*|firefights?|assault\w*|storm\w*)$/;

/** "were hit", "was also struck": the passive of a bare strike word, which tells no doer of its own. */
function passiveStrike(frame: Frame, trigger: Frame['triggers'][number]): boolean {
  if (trigger.phrase.tag !== '@strike') return false;
  const tokens = frame.view.tokens;
  let at = trigger.start - 1;
  if (tokens[at]?.norm === 'also') at--;
  return PAST_PASSIVE_AUXILIARY.has(tokens[at]?.norm ?? '');
}

/**
 * "Russian jets struck positions near Mayadin, killing 50 fighters. Another 30 fighters were killed near
 * Abu Kamal." (or "Its depots were also hit near Raqqa."): a bare killing, or a passive strike, with no doer
 * and no word of a ground fight, told right after a sentence whose last event was an air strike, is more of
 * that air war, not a clash (nor an attack) by no one. Turns `record` into an air strike by that strike's side.
 *
 * @example continueAirWarKilling(previousSentenceEvents, record, frame); record.sub_event_type?.value // 'Air/drone strike'
 */
export function continueAirWarKilling(
  previous: readonly EventRecord[],
  record: EventRecord,
  frame: Frame,
): void {
  const before = previous.at(-1);
  if (before?.sub_event_type?.value !== AIR_STRIKE || record.actor1 !== null) return;
  if (!UNTOLD_BLOW.has(record.sub_event_type?.value ?? '')) return;
  if (frame.triggers.some((t) => t.phrase.tag !== '@kill' && !passiveStrike(frame, t))) return;
  if (frame.view.tokens.some((t) => GROUND_WORDS.test(t.norm))) return;
  record.event_type = { ...record.event_type!, value: eventTypeOf(AIR_STRIKE) };
  retypeAsAirStrikeOf(record, before);
}

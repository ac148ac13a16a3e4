/**
 * «نفذت مقاتلات التحالف ضربات على … .\nوقصف في وقت لاحق …»: a sentence that opens on a verb joined by «و» with no
 * subject of its own goes on telling the doer of the sentence right before it. When that sentence told an air
 * strike, its aircraft struck again, so the bare «قصف» is another air strike by the same side, not a shelling
 * by no one.
 */
import type { EventRecord } from '../../core/records.js';
import type { Frame } from './frame-builder.js';
import { subjectlessJoinedVerb } from './joined-verb.js';

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
  record.sub_event_type = { ...record.sub_event_type, value: AIR_STRIKE };
  const side = before.actor1;
  if (side) record.actor1 = { ...side, spans: side.spans.map((s) => [s[0], s[1]]) };
}

// "سجنت محكمة في بنوم بنه معارضين بعد مظاهرات قبل عام" in a digest whose other items tell of Cameroon: a crowd
// is named by the country it gathered in, so protesters or rioters named after another country the article
// tells of take the country of the place their incident ends up in.
import { countryPhrase } from '../../core/country-names.js';
import type { ActorRef, EventRecord, Mention } from '../../core/records.js';
import { actorRef } from '../../core/record-refs.js';

/** "Protesters (Cameroon)": the crowd's word and the country it is named by. */
const CROWD = /^(Protesters|Rioters) \((.+)\)$/;

/** The crowd `ref` renamed after the country `code`, when the text names it under another country it tells of. */
function renamed(ref: ActorRef | null, code: string, mentions: Mention[]): ActorRef | null {
  const crowd = ref && CROWD.exec(ref.name);
  if (!crowd) return ref;
  const named = (m: Mention) => m.kind === 'country' && countryPhrase(m.name) === crowd[2];
  const other = mentions.find(named);
  const own = mentions.find((m) => m.kind === 'country' && m.entity_id === `country:${code}`);
  if (!other || !own || other.entity_id === own.entity_id) return ref;
  return actorRef(`${crowd[1]} (${countryPhrase(own.name)})`, ref.entity_id, ref.spans, ref.basis);
}

/**
 * Names the event's crowds by the country of its place, where the text named them by another of its countries.
 *
 * @example crowdOfScene(event, mentions) // actor1 'Protesters (Cambodia)' for a march placed in Phnom Penh
 */
export function crowdOfScene(event: EventRecord, mentions: Mention[]): void {
  const code = event.location?.country;
  if (!code) return;
  event.actor1 = renamed(event.actor1, code, mentions);
  event.actor2 = renamed(event.actor2, code, mentions);
}

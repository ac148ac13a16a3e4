// "سجنت محكمة في بنوم بنه معارضين بعد مظاهرات قبل عام" in a digest whose other items tell of Cameroon: a crowd
// is named by the country it gathered in, so protesters or rioters named after another country the article
// tells of take the country of the place their incident ends up in. So do rebels, who rise in their own
// country: "Russia bombed rebel positions" in an Aleppo story names no Russian rebels.
import { countryPhrase } from '../../core/country-names.js';
import type { ActorRef, EventRecord, Mention } from '../../core/records.js';
import { actorRef } from '../../core/record-refs.js';
import { SIDES_BY_NAME, STATE_FORCES } from '../../core/sides-by-name.js';

/** "Protesters (Cameroon)", "Opposition Rebels (Syria)": the crowd's or rebels' words and their country. */
const COUNTRY_NAMED_SIDE = /^(Protesters|Rioters|Opposition Rebels|Islamist Rebels) \((.+)\)$/;

/** The rebels among {@link COUNTRY_NAMED_SIDE}'s sides. */
const REBELS = /Rebels$/;

/**
 * The crowd `ref` renamed after the country `code`, when the text names it under another country it tells of.
 * Rebels are only when that other country is the state whose forces are the other side (`foe`): "Syrian rebels
 * shelled a Turkish town" keeps Syria.
 */
function renamed(
  ref: ActorRef | null,
  code: string,
  mentions: Mention[],
  foe: ActorRef | null,
): ActorRef | null {
  const crowd = ref && COUNTRY_NAMED_SIDE.exec(ref.name);
  if (!crowd) return ref;
  if (REBELS.test(crowd[1]) && STATE_FORCES.exec(foe?.name ?? '')?.[2] !== crowd[2]) return ref;
  const named = (m: Mention) => m.kind === 'country' && countryPhrase(m.name) === crowd[2];
  const other = mentions.find(named);
  const own = mentions.find((m) => m.kind === 'country' && m.entity_id === `country:${code}`);
  if (!other || !own || other.entity_id === own.entity_id) return ref;
  const name = `${crowd[1]} (${countryPhrase(own.name)})`;
  // The base keeps some such sides under their very name ("Opposition Rebels (Syria)"): the id goes with it.
  const id = SIDES_BY_NAME[name] ?? (SIDES_BY_NAME[ref.name] ? null : ref.entity_id);
  return actorRef(name, id, ref.spans, ref.basis);
}

/**
 * Names the event's crowds by the country of its place, where the text named them by another of its countries.
 *
 * @example crowdOfScene(event, mentions) // actor1 'Protesters (Cambodia)' for a march placed in Phnom Penh
 */
export function crowdOfScene(event: EventRecord, mentions: Mention[]): void {
  const code = event.location?.country;
  if (!code) return;
  const [actor1, actor2] = [event.actor1, event.actor2];
  event.actor1 = renamed(actor1, code, mentions, actor2);
  event.actor2 = renamed(actor2, code, mentions, actor1);
}

/** Sides a sentence names only to describe a place: "a road the settlers use", "a district the Kurds live in". */
import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';

/**
 * A verb of using or dwelling with a pronoun of the place it qualifies ("طريق يستخدمه المستوطنون", "حي
 * يقطنه الأكراد"): its subject describes the place.
 */
const PLACE_USE =
  /^(?:[يت](?:ستخدم|سلك|قطن|سكن|رتاد)(?:ه|ها|هما)|يستخدمونه|يستخدمونها|يسلكونه|يسلكونها|يقطنونه|يقطنونها|يسكنونه|يسكنونها)$/;

/**
 * "بشبهة إلقاء الحجارة على طريق يستخدمه المستوطنون": the side right after a verb of using or dwelling in
 * a place is named for the place. It was not the one arrested (a strike on a road or bridge a side uses
 * may well be aimed at that side, so only an arrest leaves it out).
 *
 * @example placeUsers(frame, candidates).map((c) => c.ref.name) // ['Israeli Settlers']
 */
export function placeUsers(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  return candidates.filter((c) => PLACE_USE.test(frame.view.tokens[c.at - 1]?.norm ?? ''));
}

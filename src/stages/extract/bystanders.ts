/** Sides a sentence names only to describe a place: "a road the settlers use", "a district the Kurds live in". */
import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { tokenAt } from './sentence-view.js';

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

/** "an ISIL-held village", "DAESH-controlled areas": words after a side that make it the area's holder. */
const HELD = /^(?:held|controlled|occupied|dominated|run)$/;
/** Words before a side that make it a modifier of a noun phrase, not a clause's subject. */
const NOUN_PHRASE_LEAD = /^(?:a|an|the|in|into|on|of|from|to|at|near|across|inside|and)$/;
/** Words after "held" that make it a verb with its object ("the Houthis held the airport"). */
const HELD_OBJECT = /^(?:the|a|an|its|their|his|her|it|them|on|onto|out|back|until|for)$/;

/**
 * Sides named only as the holder of a place ("civilians in DAESH-held areas"): they describe where the
 * incident fell, and are neither its perpetrator nor its target.
 *
 * @example areaHolders(frame, candidates)[0]?.ref.name // 'Islamic State' for "an ISIL-held village"
 */
export function areaHolders(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  const norm = (i: number) => frame.view.tokens[i]?.norm ?? '';
  return candidates.filter((c) => {
    const after = tokenAt(frame.view, c.ref.spans[0][1]);
    return (
      HELD.test(norm(after)) && NOUN_PHRASE_LEAD.test(norm(c.at - 1)) && !HELD_OBJECT.test(norm(after + 1))
    );
  });
}

/** An assault told in plain words, then named "the attack" in the next sentence: an attack told in two. */
import type { EventRecord, PlaceRef } from '../../core/records.js';
import { placeToldIn } from './fire-set-back.js';
import type { Frame } from './frame-builder.js';
import type { SentenceView } from './sentence-view.js';

/**
 * "Masked men sprayed a clinic in Tell Haroun with bullets. The attack caused minor damage.": "the attack" (a
 * definite noun pointing back) that names no place of its own is what the sentence before told in words the
 * lexicon holds no trigger for. Only at the head of a story in which no sentence before holds a trigger: a
 * threatened or planned strike, or an incident told earlier, is what "the attack" would point to otherwise.
 * English only. Returns the place the sentence before names, or null.
 *
 * @example attackToldBack(frame, views, 1) // Tell Haroun for the second sentence above
 */
export function attackToldBack(frame: Frame, views: readonly SentenceView[], at: number): PlaceRef | null {
  if (at === 0 || frame.family !== 'violence' || !frame.anaphoric) return null;
  if (!frame.triggers.every((t) => t.phrase.tag === '@attack' && t.phrase.lang === 'en')) return null;
  if (views.slice(0, at).some((v) => v.triggers.length > 0)) return null;
  return placeToldIn(views[at - 1]);
}

/**
 * "Rockets hit two districts of Aleppo, killing 11. … It said the attacks were carried out by the Front.": a
 * definite plural of acts ("the attacks", "these raids") with a named doer, told right after incidents, points
 * back at them; it is no pattern of conduct the side is known for. English only: an Arabic definite plural is
 * also the generic one («الهجمات الإرهابية»).
 *
 * @example pluralToldBack(frame, record) // true for "The attacks were carried out by the Front."
 */
export function pluralToldBack(frame: Frame, record: EventRecord): boolean {
  return (
    frame.family === 'violence' &&
    frame.anaphoric &&
    frame.triggers.every((t) => t.phrase.lang === 'en') &&
    (record.actor1?.entity_id ?? null) !== null
  );
}

/** An assault told in plain words, then named "the attack" in the next sentence: an attack told in two. */
import type { PlaceRef } from '../../core/records.js';
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

/** A fire told in one sentence and said to have been set in the next: arson told in two sentences. */
import { placeRefOf } from '../../core/place-ref.js';
import type { PlaceRef } from '../../core/records.js';
import type { Frame } from './frame-builder.js';
import type { SentenceView } from './sentence-view.js';

/** The nouns a fire is told by. */
const FIRE = /^(?:fire|fires|blaze|blazes)$/;
/** Words before "fire" that make it shooting or an end of shooting, not a blaze ("opened fire", "under fire"). */
const NOT_BLAZE =
  /^(?:open|opened|opening|opens|under|cease|exchange|exchanged|returned|return|heavy|sniper)$/;

/** The sentence tells a fire ("A fire at the station left thousands without power"). */
function toldFire(view: SentenceView): boolean {
  return view.tokens.some((t, k) => FIRE.test(t.norm) && !NOT_BLAZE.test(view.tokens[k - 1]?.norm ?? ''));
}

/**
 * "A blaze gutted a tailor's shop in Wadi Sarim overnight. Police now say the fire had been started
 * deliberately.": a setting of "the fire" (a definite noun pointing back) that names no place of
 * its own is the fire the sentence before told and placed, now told as set. Returns that place, or null when
 * the frame is no such telling or the sentence before places no fire.
 *
 * @example fireSetBack(frame, previousView) // Wadi Sarim for the second sentence above
 */
export function fireSetBack(frame: Frame, before: SentenceView | undefined): PlaceRef | null {
  if (frame.family !== 'looting' || !frame.anaphoric || !before || !toldFire(before)) return null;
  if (!frame.triggers.some((t) => frame.view.tokens.slice(t.start, t.end).some((w) => FIRE.test(w.norm))))
    return null;
  return placeToldIn(before);
}

/** The first place finer than a country a sentence names by its own name (not by a people's adjective). */
export function placeToldIn(view: SentenceView): PlaceRef | null {
  const place = view.mentions.find((m) => m.place && m.via !== 'demonym' && m.place.precision !== 'country');
  return place ? placeRefOf(place) : null;
}

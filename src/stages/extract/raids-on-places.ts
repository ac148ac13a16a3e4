// "Raids on the city killed twelve": raids told on a whole town or country come from the air; a raid on
// foot falls on a house, a camp or a hideout, and the police's raid is a search.
import type { Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';
import { tokenAt } from './sentence-view.js';
import { wordSet } from '../../core/text/word-set.js';

/** A bare raid word, English. */
const RAID = /^raids?$/;
/** "raids on", "raids against", "raids in": the word before the raided place. */
const ON = wordSet('on against in over');
/** Place kinds a raid from the air falls on: a country, a region, a town. */
const WIDE_PLACES = new Set(['country', 'region', 'city']);
/** Tokens from "on" to the place ("raids on the besieged hill town of X"). */
const PLACE_REACH = 7;
/** "a raid on a farmhouse near X": a word that sets the place beside what was raided, not as it. */
const BESIDE = wordSet('near outside around in at inside by close from east west north south beyond');

/**
 * A bare "raids on <town or country>", with no police in the clause: an air raid.
 *
 * @example airRaidOnPlace(frame) // true for "Raids on Ruritania killed nine civilians"
 */
export function airRaidOnPlace(frame: Frame): boolean {
  const view = frame.view;
  const tokens = view.tokens;
  const bareRaid = (t: PhraseHit) =>
    t.end - t.start === 1 && RAID.test(tokens[t.start].norm) && ON.has(tokens[t.end]?.norm ?? '');
  // Most frames hold no bare raid: the sentence's cues and places are looked at only for one that does.
  if (!frame.triggers.some(bareRaid)) return false;
  if (view.cues.some((c) => c.phrase.tag === 'police')) return false;
  const places = view.mentions.filter((m) => WIDE_PLACES.has(m.kind)).map((m) => tokenAt(view, m.span[0]));
  return frame.triggers.some(
    (t) =>
      bareRaid(t) &&
      places.some(
        (at) =>
          at > t.end &&
          at - t.end <= PLACE_REACH &&
          !tokens.slice(t.end + 1, at).some((w) => BESIDE.has(w.norm)),
      ),
  );
}

// "Raids on the city killed twelve": raids told on a whole town or country come from the air; a raid on
// foot falls on a house, a camp or a hideout, and the police's raid is a search. So are a state's bare raids
// in a text that tells its aircraft at work ("Ten soldiers killed in Ruritanian raids").
import { isPoliceId } from '../../core/forces-id.js';
import type { Roles } from './actor-roles.js';
import { holdsWordIn } from './cue-scope.js';
import type { Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';
import { notAirPower } from './aircraft-words.js';
import { mayHoldCue, tokenAt, type SentenceView } from './sentence-view.js';
import { wordSet } from '../../core/text/word-set.js';

/** A bare raid word, English ("raided" is a deed told of its doers, most often on foot). */
const RAID = /^raids?$/;
/** "raids on", "raids against", "raids in": the word before the raided place. */
const ON = wordSet('on against in over');
/** Place kinds a raid from the air falls on: a country, a region, a town. */
const WIDE_PLACES = new Set(['country', 'region', 'city']);
/** Tokens from "on" to the place ("raids on the besieged hill town of X"). */
const PLACE_REACH = 7;
/** "a raid on a farmhouse near X": a word that sets the place beside what was raided, not as it. */
const BESIDE = wordSet('near outside around in at inside by close from east west north south beyond');

/** Armed men who go on foot: "Gunmen killed five in a raid on X", "bandits kill ten in raids on X". */
const ARMED_ON_FOOT = wordSet(
  'gunmen gunman bandits militants militiamen attackers assailants insurgents rebels jihadists terrorists herdsmen',
);
/** "militants were killed in raids on X": after these, the armed men are the harmed, not the raiders. */
const PASSIVE = wordSet('was were are is been');

/**
 * Whether armed men on foot are the subject of the sentence before `trigger`, not its harmed (no passive
 * right after them): their raid is theirs, whatever it falls on.
 */
function raidedOnFoot(view: SentenceView, trigger: PhraseHit): boolean {
  const tokens = view.tokens;
  for (let k = 0; k < trigger.start; k++)
    if (ARMED_ON_FOOT.has(tokens[k].norm) && !PASSIVE.has(tokens[k + 1]?.norm ?? '')) return true;
  return false;
}

/**
 * A bare "raids on <town or country>", with no police in the clause and no armed men on foot raiding: an air raid.
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
      !raidedOnFoot(view, t) &&
      places.some(
        (at) =>
          at > t.end &&
          at - t.end <= PLACE_REACH &&
          !tokens.slice(t.end + 1, at).some((w) => BESIDE.has(w.norm)),
      ),
  );
}

/** Words between the state and its raid that put the raid on foot: "Ruritanian troops' raid", "police raids". */
const ON_FOOT = wordSet(
  'troops soldiers commandos police policemen infantry marines paratroopers special ground night dawn ' +
    'search arrest house door',
);
/** What a raid on foot falls on: "raids on homes in the camp". */
const DWELLING = wordSet(
  'house houses home homes apartment apartments flat flats hideout hideouts farmhouse',
);
/** Tokens from the state's name to its raid ("Ruritanian overnight raids"). */
const STATE_REACH = 3;
/** Tokens after the raid in which what it fell on is told ("raids on the family's home"). */
const TARGET_REACH = 4;
/**
 * Whether the frame tells a state's bare raids, its name just before them, in a text that tells aircraft
 * striking (`aircraftTold`, read last: it looks through the whole article): then they are air raids.
 *
 * @example stateAirRaid(frame, roles, () => true) // true for "Nine soldiers killed in Ruritanian raids" over
 * "… killed in Ruritanian air raids on their positions"
 */
export function stateAirRaid(frame: Frame, roles: Roles, aircraftTold: () => boolean): boolean {
  const state = roles.actor1;
  if (state?.side !== 'forces' || state.ref.entity_id === null || isPoliceId(state.ref.entity_id))
    return false;
  const tokens = frame.view.tokens;
  const raid = frame.triggers.find(
    (t) =>
      t.end - t.start === 1 &&
      RAID.test(tokens[t.start].norm) &&
      t.start > state.at &&
      t.start - state.at <= STATE_REACH,
  );
  if (!raid) return false;
  const after = tokens.slice(raid.end, raid.end + TARGET_REACH);
  return (
    !holdsWordIn(frame.view, state.at, raid.start, ON_FOOT) &&
    !after.some((w) => DWELLING.has(w.norm)) &&
    aircraftTold()
  );
}

/**
 * Whether any sentence of the article tells aircraft at work: an `air` cue of the events cue lexicon
 * ("warplanes", "air strikes", "drones") that is no plane boarded or flying the wounded away.
 *
 * @example aircraftAtWork(views) // true for an article telling "warplanes bombed the posts"
 */
export function aircraftAtWork(views: readonly SentenceView[]): boolean {
  return views.some(
    (v) => mayHoldCue(v, 'air') && v.cues.some((c) => c.phrase.tag === 'air' && !notAirPower(v, c)),
  );
}

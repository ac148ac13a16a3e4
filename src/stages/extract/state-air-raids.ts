// "Ten soldiers killed in Ruritanian raids" atop a story of Ruritania's air raids: a state's bare raids in
// a text that tells its aircraft at work are those air raids, not a fight on the ground. Troops raiding a
// house, a night raid or the police's raid stay on foot.
import { isPoliceId } from '../../core/forces-id.js';
import { wordSet } from '../../core/text/word-set.js';
import type { Roles } from './actor-roles.js';
import type { Frame } from './frame-builder.js';

/** A bare raid noun, English ("raided" is a deed told of its doers, most often on foot). */
const RAID = /^raids?$/;
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
/** What tells a text's aircraft at work. */
const AIR_WAR =
  /\b(?:air[\s-]?raids?|air[\s-]?strikes?|warplanes?|war\s+planes?|fighter\s+jets?|jets|aircraft|air\s+force|helicopter\s+gunships?|drone\s+strikes?)\b/i;

/**
 * Whether the frame tells a state's bare raids, its name just before them, in a text that tells aircraft
 * striking: then they are air raids.
 *
 * @example stateAirRaid(frame, roles, text) // true for "Nine soldiers killed in Ruritanian raids" over
 * "… killed in Ruritanian air raids on their positions"
 */
export function stateAirRaid(frame: Frame, roles: Roles, text: string): boolean {
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
  const before = tokens.slice(state.at, raid.start);
  const after = tokens.slice(raid.end, raid.end + TARGET_REACH);
  return (
    !before.some((w) => ON_FOOT.has(w.norm)) && !after.some((w) => DWELLING.has(w.norm)) && AIR_WAR.test(text)
  );
}

import type { Frame } from './frame-builder.js';

/** "riots", "clashes", "rioting": an English wave noun in the plural or the gerund, which may name a kind of act. */
const WAVE_NOUN = /^(?:riots|rioting|clashes|disturbances)$/;
/** "communal riots", "racial clashes": adjectives of the kind a generic wave noun may carry. */
const KIND = /^(?:communal|racial|sectarian|caste|religious|ethnic|such|frequent|major)$/;
/** "incidences of racial clashes", "no history of riots": nouns that make the act after them a kind of happening. */
const KIND_OF = /^(?:incidences?|instances?|history)$/;
/**
 * "riots are not new", "riots had never been handled so swiftly": a wave noun with no determiner, followed
 * within a few words by a word that tells of the kind, not of one time.
 */
const GENERIC_AFTER = /^(?:never|new|common|rare|nothing)$/;
const AFTER_REACH = 4;
/** "the past riots", "the recent riots": a wave set back in time as a whole, not one incident of it. */
const BACK_IN_TIME = /^(?:past|recent|previous|earlier)$/;
/** "died in the recent riots", "killed during the past riots": an act told as the wave's. */
const IN_WAVE = /^(?:in|during)$/;
const IN_WAVE_REACH = 4;

/**
 * "riots are not new to the state", "communal riots had never been handled so swiftly", "even in foreign
 * jails, there are incidences of racial clashes": a wave noun with no determiner, told as a kind ("incidences
 * of", "history of") or with a word that speaks of every time ("never", "not new"), names riots in general,
 * not one incident; so does a definite wave set back in time ("despite the past riots", "those who died in the
 * recent riots") that no place follows. Asked of frames with no day of their own.
 *
 * @example riotsInGeneral(frame) // true for '"riots are not new to the state," mehta argued.'
 */
export function riotsInGeneral(frame: Frame): boolean {
  const tokens = frame.view.tokens;
  const generic = (t: Frame['triggers'][number]): boolean => {
    if (t.phrase.pos === 'verb' || !WAVE_NOUN.test(tokens[t.end - 1]?.norm ?? '')) return false;
    let k = t.start - 1;
    while (k >= 0 && KIND.test(tokens[k].norm)) k--;
    // "three cases of riots in amraiwadi, which claimed 12 lives" are incidents the text places: kept.
    const kindOf = tokens[k]?.norm === 'of' && KIND_OF.test(tokens[k - 1]?.norm ?? '');
    if ((kindOf || pastWave(t)) && !placedAfter(t.end)) return true;
    return tokens.slice(t.end, t.end + AFTER_REACH).some((w) => GENERIC_AFTER.test(w.norm));
  };
  const pastWave = (t: Frame['triggers'][number]) =>
    BACK_IN_TIME.test(tokens[t.start - 1]?.norm ?? '') && tokens[t.start - 2]?.norm === 'the';
  // "the recent riots in vadodara" names where: an incident the text may tell, left to the other rules.
  const placedAfter = (end: number) => {
    if (!IN_WAVE.test(tokens[end]?.norm ?? '')) return false;
    // The place opens one of the two words after "in": "in rampur", "in the city".
    const last = tokens[end + 2] ?? tokens[end + 1];
    return frame.view.mentions.some(
      (m) => m.place && last !== undefined && m.span[0] >= tokens[end].span[1] && m.span[0] <= last.span[0],
    );
  };
  const generics = frame.triggers.filter(generic);
  // "had died in the recent riots": a death told as the wave's goes with it.
  return toldAsWaves(frame, generics, IN_WAVE, IN_WAVE_REACH);
}

/**
 * Whether `waves` (some of the frame's triggers) hold one trigger at least and every other trigger is an act told
 * as theirs: a word of `inWave` right after it, one of them within `reach` tokens on ("killed in the riots").
 */
export function toldAsWaves(frame: Frame, waves: Frame['triggers'], inWave: RegExp, reach: number): boolean {
  const tokens = frame.view.tokens;
  const theirs = (t: Frame['triggers'][number]) =>
    inWave.test(tokens[t.end]?.norm ?? '') && waves.some((w) => w.start > t.end && w.start - t.end <= reach);
  return waves.length > 0 && frame.triggers.every((t) => waves.includes(t) || theirs(t));
}

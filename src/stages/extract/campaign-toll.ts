import { wordSet } from '../../core/text/word-set.js';
import type { Frame } from './frame-builder.js';
import { isPlural } from './many-incidents.js';

// "The push on the militants has exacted a grim civilian toll from allied bombing": raids told as what a
// campaign's toll came from are the campaign's many raids, summed up, not one incident with a day and a place.

/** "has", "have", "had": the perfect that sums a campaign up. */
const PERFECT = wordSet('has have had');
/** Verbs of what a campaign cost: "cost", "exacted", "taken", "claimed", "inflicted". */
const COST = wordSet('cost exacted taken claimed inflicted');
/** The object of that cost: a toll, lives, casualties. */
const TOLL = wordSet('toll tolls lives casualties');
/** Words that may stand between the perfect and its verb: "has already cost", "have so far taken". */
const ADVERB = wordSet('already also so far now thus since reportedly');
/** Words from the verb to the trigger within which the toll's noun stands: "taken a grim toll among civilians in". */
const OBJECT_REACH = 12;

/**
 * Every trigger of the frame stands in the object of a perfect verb of cost whose object is a toll: "have
 * taken a grim toll among civilians in the bombing raids", "has claimed hundreds of civilian
 * lives in allied strikes". What a single raid cost is told with its own verb ("the strike killed 14").
 *
 * @example campaignToll(frame) // true for "The offensive has taken a heavy toll from air strikes"
 */
export function campaignToll(frame: Frame): boolean {
  const tokens = frame.view.tokens;
  return frame.triggers.every((t) => {
    let toll = false;
    for (let k = t.start - 1; k >= 0 && k >= t.start - OBJECT_REACH; k--) {
      const word = tokens[k].norm;
      if (TOLL.has(word)) toll = true;
      else if (COST.has(word)) return toll && perfectBefore(frame, k);
    }
    return false;
  });
}

/** A "has" or "have" right before the verb at `at`, or with an adverb between. */
function perfectBefore(frame: Frame, at: number): boolean {
  const tokens = frame.view.tokens;
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    if (PERFECT.has(tokens[k].norm)) return true;
    if (!ADVERB.has(tokens[k].norm)) return false;
  }
  return false;
}

/** "which", "that": the relative word that opens the clause telling what the wave has cost so far. */
const RELATIVE = wordSet('which that');
/** Verbs of what a wave has cost so far, in the perfect after its noun: "have claimed", "has left". */
const COST_SO_FAR = wordSet('claimed cost taken left');
/** Singular nouns of a wave of many incidents: "the violence, which has claimed 700 lives". */
const WAVE_NOUN = wordSet('violence unrest fighting bloodshed');

/**
 * "the riots, which have claimed over 700 lives", "the clashes that have so far left 40 dead": acts in the
 * plural, or a wave's noun, whose toll a relative clause tells in the perfect are a running total of many
 * incidents, not one, whatever toll it counts. "The blast, which has claimed 30 lives" is one incident.
 *
 * @example tollSoFar(frame) // true for "the riots, which have claimed over 700 lives"
 */
export function tollSoFar(frame: Frame): boolean {
  const tokens = frame.view.tokens;
  return frame.triggers.every((t) => {
    if (t.phrase.pos === 'verb' || !(isPlural(t) || WAVE_NOUN.has(t.phrase.words.at(-1)!))) return false;
    let k = t.end;
    if (tokens[k]?.norm === ',') k++;
    if (!RELATIVE.has(tokens[k]?.norm ?? '')) return false;
    k++;
    if (!PERFECT.has(tokens[k]?.norm ?? '')) return false;
    k++;
    while (ADVERB.has(tokens[k]?.norm ?? '')) k++;
    return COST_SO_FAR.has(tokens[k]?.norm ?? '');
  });
}

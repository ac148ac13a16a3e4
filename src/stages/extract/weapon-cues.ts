// Which of its sentence's weapon and actor cues a frame may read: not those inside a phrase that only looks
// like a trigger, another act's weapon, the air power named as support, nor a weapon named as the target.
import { packedMap } from '../../core/packed-map.js';
import type { Frame } from './frame-builder.js';
import { notAirPower } from './aircraft-words.js';
import { seizedArms } from './seized-arms.js';
import { subjectlessJoinedVerb } from './joined-verb.js';
import { supportWords } from './support-words.js';
import { reach, type PhraseHit } from './phrase-matcher.js';
import { isWeaponType } from './weapon-choice.js';

/** The frame's cue of one tag ("air", "police", "remnant"), when it may read one. */
export type CueOf = (name: string) => PhraseHit | undefined;

/** Weapon cues that tell how a blow was delivered (not who struck): one named as the instrument wins. */
const DELIVERY_CUES = new Set(['air', 'shelling', 'grenade', 'ied']);

/** "backed by heavy Russian air strikes": how many tokens after a word of support its weapon may stand. */
const SUPPORTED_REACH = 2;

/** "بقاذفة", "بالصواريخ", "with mortars": the cue word is the instrument of the act. */
export function isInstrument(
  view: Frame['view'],
  cue: { start: number; phrase: { words: string[] } },
): boolean {
  const token = view.tokens[cue.start].norm;
  if (/^[\u0600-\u06ff]/.test(token)) return /^(?:و?ب)/.test(token) && !cue.phrase.words[0].startsWith('ب');
  return /^(?:with|using)$/i.test(view.tokens[cue.start - 1]?.norm ?? '');
}

/** Words before an aircraft that make it the target or the place of the act, not its doer. */
const NOT_DOER = /^(?:at|on|against|by|of|to|from|with|down|and|علي|ضد|من|الي|عن)$/i;

/** An aircraft cue before the frame's first act with no other act or preposition in between is its doer. */
function flownBy(frame: Frame, cues: PhraseHit[]): boolean {
  const view = frame.view;
  const first = frame.triggers[0].start;
  return cues.some(
    (c) =>
      c.phrase.tag === 'air' &&
      c.end <= first &&
      !view.triggers.some((t) => t.start >= c.end && t.start < first) &&
      !NOT_DOER.test(view.tokens[c.start - 1]?.norm ?? '') &&
      !/^(?:[وف]?[بل]|لل)/.test(view.tokens[c.start].norm),
  );
}

/** The reading of a sentence that names no cue. */
const NO_CUE: CueOf = () => undefined;

/**
 * The cues of `frame` its type may read, by tag. `masked` are triggers whose words name no weapon of this frame
 * (a suicide bomber killed before he struck), besides the phrases that only look like triggers.
 *
 * @example frameCues(frame, [])('air') // the "warplanes" cue of "warplanes fired rockets at the town"
 */
export function frameCues(frame: Frame, masked: PhraseHit[]): CueOf {
  const view = frame.view;
  // A sentence that names no cue gives none to read: its triggers are not weighed as masks.
  if (view.cues.length === 0) return NO_CUE;
  // "teargas shells", "a heart attack": the words of a phrase that only looks like a trigger name no weapon.
  // A gapped phrase masks its words up to its last one ("with a cover from the Syrian Air Force").
  // Tear gas thrown into a room is a trigger of its own, and its "gas" names no chemical weapon either.
  const irritants = view.cues.filter((c) => c.phrase.tag === 'irritant');
  const lookAlikes = view.triggers.filter((t) => t.phrase.tag === '@none');
  const masks = packedMap([...lookAlikes, ...irritants, ...masked], (t) => ({
    start: t.start,
    end: reach(t),
  }));
  // "في وقت يتواصل القصف الجوي": the weapon of an act this frame does not tell (another frame's, or one the
  // gate found unreal) is not this frame's weapon.
  const foreign = view.triggers.filter((t) => t.phrase.tag !== '@none' && !frame.triggers.includes(t));
  // "troops backed by Russian warplanes attacked", «بدأت القوات بدعم من الطيران هجوما»: the air power named
  // as support is not the act's weapon.
  const support = supportWords(view);
  // "a gas canister exploded outside the bank": a trigger that names its weapon in its own words (a bomb made of
  // a gas bottle) is not made a chemical attack by the "gas" among them.
  const ownWeapon = frame.triggers.filter(
    (t) => isWeaponType(t.phrase.tag) && t.phrase.tag !== 'Chemical weapon',
  );
  const live = (c: PhraseHit) =>
    !masks.some((m) => c.start >= m.start && c.end <= m.end) &&
    !(c.phrase.tag === 'chemical' && ownWeapon.some((t) => c.start >= t.start && c.end <= reach(t))) &&
    !foreign.some((t) => c.start < t.end && c.end > t.start) &&
    !support.some((s) => s.end <= c.start && c.start - s.end <= SUPPORTED_REACH) &&
    !(c.phrase.tag === 'air' && notAirPower(view, c)) &&
    !seizedArms(view, c);
  // Only the cues a reading may take are weighed, where first every cue of the sentence was: those of the
  // frame's window, and those before its first act only for a frame that reads them (most read none).
  const cues = view.cues.filter((c) => c.start >= frame.from && c.end <= frame.to && live(c));
  // "مقاتلات … أغارت على … وطال القصف": a definite noun told back takes the weapon its sentence named;
  // "شن الطيران غارات …، وقصف أهدافا": a joined verb with no subject of its own, the aircraft named before.
  const first = frame.triggers[0];
  const sentenceWide = frame.anaphoric
    ? view.cues.filter((c) => c.end <= first.start && live(c))
    : subjectlessJoinedVerb(view, first)
      ? view.cues.filter((c) => c.end <= first.start && c.phrase.tag === 'air' && live(c))
      : [];
  // "هجوم بقذائف الهاون على مهبط للمروحيات", "attacked with mortars a helicopter base": the weapon the attack
  // is made with decides, not a weapon named as its target.
  // "طائرات حربية … قصفت بالصواريخ", "warplanes fired rockets at": aircraft told as the doer delivered the
  // blow, whatever they fired.
  const instrument = flownBy(frame, cues)
    ? undefined
    : cues.find((c) => DELIVERY_CUES.has(c.phrase.tag) && isInstrument(view, c));
  return (name) =>
    instrument && DELIVERY_CUES.has(name)
      ? instrument.phrase.tag === name
        ? instrument
        : undefined
      : (cues.find((c) => c.phrase.tag === name) ?? sentenceWide.find((c) => c.phrase.tag === name));
}

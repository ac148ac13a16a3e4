/**
 * A blast told as a mishap: «شب حريق في مخزن أعقبه انفجار», "the depot caught fire and a blast
 * followed". The blast is no remote violence when nothing makes it an act.
 */
import type { Frame } from './frame-builder.js';

/** Cue tags that tell a blast by mishap: an accident, a fire or leak, the firemen at work. */
const MISHAP_TAGS = new Set(['accident', 'mishap']);
/**
 * "near a military supply factory", «قرب المصفاة»: a works told as where the blast was beside, not where it broke
 * out.
 */
const NEAR = /^(?:near|outside|beside|قرب|بقرب|بالقرب|امام|خارج)$/;
/** How many words before the works its "near" may stand ("near a military supply factory"). */
const NEAR_REACH = 4;
/**
 * Accident words an attack's own story tells as well: a car bomb "crashed into" the barrier, a building
 * "collapsed" after the blast. They make no blast a mishap.
 */
const ATTACK_AFTERMATH = /^(?:crash|crashed|collapse|collapsed|tragedy|disaster|انهيار)$/;
/**
 * Cue tags that make a blast an act whatever else the clause says: a bomb, a bomber, a shell or an air strike,
 * or an armed or extremist side. A chemical cue is left out: a gas leak names gas too.
 */
const ACT_TAGS = new Set([
  'ied',
  'grenade',
  'suicide',
  'shelling',
  'air',
  'antitank',
  'remnant',
  'political',
]);
/** Words that tell a blast someone set off: «تفجير», «فجروا», "bombing", "detonated". */
const SET_OFF = /^(?:ال)?تفجير|^فجر|^يفجر|^bomb|^detonat|^blew|^blown|^blow/;
/**
 * Kinds of side that make violence political wherever they are named: a blast in their sentence, a killing
 * in their article (non-event-filter.ts's crime stories).
 */
export const POLITICAL_KINDS: ReadonlySet<string> = new Set(['armed-group', 'party']);

/**
 * True for a frame told by blast words alone (no one set it off) and the deaths they caused, whose clause tells
 * a mishap (an accident, a fire that broke out, a gas leak, a short circuit, the firemen's work, a works such as
 * a rig or a refinery, a company's fine) and names no bomb, no armed side and no attack: an accident, not
 * political violence.
 *
 * @example mishapBlast(frame) // true for «أصيب عشرة في حادث اندلاع حريق أعقبه انفجار في مصنع»
 */
export function mishapBlast(frame: Frame): boolean {
  const blast = (t: Frame['triggers'][number]) =>
    t.phrase.tag === '@explosion' && !SET_OFF.test(t.phrase.words[0]);
  if (!frame.triggers.some(blast)) return false;
  const cues = frame.view.cues.filter((c) => c.start >= frame.from && c.end <= frame.to);
  const near = (c: (typeof cues)[number]) =>
    frame.view.tokens.slice(Math.max(0, c.start - NEAR_REACH), c.start).some((t) => NEAR.test(t.norm));
  const mishap = (c: (typeof cues)[number]) =>
    MISHAP_TAGS.has(c.phrase.tag) && !ATTACK_AFTERMATH.test(c.phrase.words.join(' '));
  // «قتل عاملان في انفجار داخل مصفاة»: the deaths a blast at a works caused are told with it. Elsewhere a
  // killing keeps the blast an act ("an accidental premature explosion killed three men carrying explosives").
  const atWorks = cues.some((c) => c.phrase.tag === 'works' && !near(c));
  if (!frame.triggers.every((t) => blast(t) || (atWorks && t.phrase.tag === '@kill'))) return false;
  if (!atWorks && !cues.some(mishap)) return false;
  if (cues.some((c) => ACT_TAGS.has(c.phrase.tag))) return false;
  return !frame.view.mentions.some((m) => POLITICAL_KINDS.has(m.kind));
}

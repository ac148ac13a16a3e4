/** Sides a sentence holds responsible for an incident: blamed, laid the responsibility on, or accused. */
import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { tokenAt } from './sentence-view.js';
import { BEHIND } from './suspected-sides.js';
import { wordSet } from '../../core/text/word-set.js';

/** Tokens from a verb of blame to its responsibility ("حمّل الجيش متشددين أكرادا مسؤولية"). */
const RESPONSIBILITY_REACH = 6;
/**
 * "حمّل الجيش متشددين أكرادا مسؤولية الهجوم": holding a side responsible names the perpetrator (not a claim);
 * the verb alone is as often "carried" (حمل السلاح), so the responsibility must follow.
 */
const BLAME = wordSet('حمل حملت يحمل تحمل', 'و ف');
/** The responsibility, or the blame ("ألقت باللوم على"), held or laid on a side. */
const RESPONSIBILITY = wordSet('مسووليه المسووليه بمسووليه بالمسووليه مسووليته مسووليتها اللوم باللوم');
/**
 * "ألقيت مسؤولية الهجوم على حزب العمال", "ألقت الحكومة بالمسؤولية على": laying the responsibility on a side
 * names the perpetrator; its "على" is the blame's, not a target's.
 */
const LAY = wordSet('القيت القت القي يلقي تلقي يلقون القوا', 'و ف');
/**
 * "داعش المتهم بالوقوف خلف التفجير", "الحزب المتهم بتنفيذ الهجوم": the side accused of standing behind, or
 * carrying out, the act named right after is its perpetrator (the accusation of another act names none).
 */
const ACCUSED = wordSet('المتهم المتهمه المتهمين المتهمون');
const ACCUSED_OF = /^(?:بالوقوف|بتنفيذ|بارتكاب|بشن)$/;
/** "blaming the attack on forces loyal to …", "blamed the bombing on the group": English blame. */
const BLAME_EN = wordSet('blamed blaming blames blame');
/** Tokens from "blaming" to its "on" ("blaming the deadly attack on"). */
const BLAME_ON_REACH = 4;

/** Where the responsibility stands after the verb at token `i`, counted from `i + 1`; -1 beyond reach. */
function responsibilityAfter(frame: Frame, i: number): number {
  return frame.view.tokens
    .slice(i + 1, i + 2 + RESPONSIBILITY_REACH)
    .findIndex((t) => RESPONSIBILITY.has(t.norm));
}

type Finder = (frame: Frame, perpetrators: ActorCandidate[], i: number) => ActorCandidate | undefined;

/** The first side right after the "on" of an English blame at token `i`. */
const blamedOn: Finder = (frame, perpetrators, i) => {
  if (!BLAME_EN.has(frame.view.tokens[i].norm)) return undefined;
  const on = frame.view.tokens.slice(i + 1, i + 1 + BLAME_ON_REACH).findIndex((t) => t.norm === 'on');
  return on >= 0 ? perpetrators.find((c) => c.at > i + 1 + on && c.at <= i + 3 + on) : undefined;
};

/** The side right after the "على" that follows the responsibility laid at token `i`. */
const laidOn: Finder = (frame, perpetrators, i) => {
  const tokens = frame.view.tokens;
  if (!LAY.has(tokens[i].norm)) return undefined;
  const end = responsibilityAfter(frame, i);
  if (end < 0) return undefined;
  const on = tokens.slice(i + 2 + end, i + 2 + RESPONSIBILITY_REACH).findIndex((t) => t.norm === 'علي');
  const from = i + 2 + end + on + 1;
  return on >= 0 ? perpetrators.find((c) => c.at >= from && c.at <= from + 1) : undefined;
};

/** The side right before "المتهم" at token `i`, when what it is accused of is the frame's own act. */
const accused: Finder = (frame, perpetrators, i) => {
  // Asked of every token of every frame: a closure to read a word, made per call, was a fifth of what the
  // blame finders allocated.
  if (!ACCUSED.has(normAt(frame, i)) || !ACCUSED_OF.test(normAt(frame, i + 1))) return undefined;
  // "المتهم بالوقوف خلف الهجوم": "behind" may stand between the charge and the act.
  const act = BEHIND.test(normAt(frame, i + 2)) ? i + 3 : i + 2;
  if (!frame.triggers.some((t) => t.start === act)) return undefined;
  return perpetrators.findLast((c) => c.at < i && tokenAt(frame.view, c.ref.spans[0][1]) >= i - 1);
};

/** The word of token `k` of the frame's sentence; empty past its end. */
function normAt(frame: Frame, k: number): string {
  return frame.view.tokens[k]?.norm ?? '';
}

/** The last side between the verb of holding responsible at token `i` and the responsibility. */
const heldResponsible: Finder = (frame, perpetrators, i) => {
  const tokens = frame.view.tokens;
  if (!BLAME.has(tokens[i].norm)) return undefined;
  const end = responsibilityAfter(frame, i);
  return end >= 0 ? perpetrators.findLast((c) => c.at > i && c.at <= i + end) : undefined;
};

const FINDERS: readonly Finder[] = [blamedOn, laidOn, accused, heldResponsible];
/**
 * The words one of which each finder needs at its token: one look-up rules out most tokens of a frame, where
 * each finder looked its own word up.
 */
const OPENERS: ReadonlySet<string> = new Set([...BLAME_EN, ...LAY, ...ACCUSED, ...BLAME]);

/**
 * The side the frame's words hold responsible: blamed ("blaming the attack on"), laid the responsibility
 * on ("ألقيت مسؤولية الهجوم على"), accused of the act ("المتهم بالوقوف خلف التفجير") or held responsible
 * ("حمّل الجيش متشددين مسؤولية").
 *
 * @example blamedSide(frame, perpetrators)?.ref.name // 'Kurdistan Workers Party'
 */
export function blamedSide(frame: Frame, perpetrators: ActorCandidate[]): ActorCandidate | undefined {
  for (let i = frame.from; i < frame.to; i++) {
    if (!OPENERS.has(frame.view.tokens[i].norm)) continue;
    for (const find of FINDERS) {
      const side = find(frame, perpetrators, i);
      if (side) return side;
    }
  }
  return undefined;
}

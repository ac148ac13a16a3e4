/** The state an arrest that names no arrester falls to: only one whose authority the sentence names. */
import type { ActorCandidate } from './actor-finder.js';
import { demonymNear } from './force-nationality.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import { impliedSide } from './implied-side.js';

/**
 * Arabic words of a state's arresting authority (folded forms): «السلطات», «الشرطة», «قوات الأمن», «أجهزة
 * الأمن», «عملية أمنية», «وزارة الداخلية», «الحكومة», «الدرك», «النيابة», «المباحث», «الاستخبارات».
 */
const AUTHORITY =
  /^(?:[وفبل]?(?:ال)?|لل)(?:سلطات|شرطه|امن|امنيه|امنيين|داخليه|حكومه|درك|جندرمه|نيابه|مباحث|استخبارات|مخابرات)$/;
const ARABIC = /^[\u0600-\u06ff]/;

/**
 * «أعلنت السلطات المغربية اعتقال ثمانية أشخاص», «قالت وزارة الداخلية الكويتية إنه تم إلقاء القبض على …»:
 * an Arabic arrest whose arrester is not named falls to the police of the state whose authority the
 * sentence names, of the nationality that authority carries when it carries one. «فيما اعتقل أمس 15
 * خياطا» after a clause about an armed group names no state: the arrester stays unknown rather than an
 * invented police force. An arrest told in other languages keeps the country's police.
 *
 * @example impliedArrester(frame, { code: 'IQ', name: 'Iraq' })?.ref.name // 'Police Forces of Kuwait'
 */
export function impliedArrester(
  frame: Frame,
  country: { code: string; name: string } | null,
): ActorCandidate | null {
  const { tokens } = frame.view;
  if (!ARABIC.test(tokens[mainTrigger(frame).start].norm))
    return impliedSide(frame, 'Police Forces of', country);
  const at = tokens.findIndex((t) => AUTHORITY.test(t.norm));
  if (at < 0) return null;
  return impliedSide(frame, 'Police Forces of', authorityState(frame, at) ?? country);
}

/**
 * The state the authority at token `at` belongs to: its nationality («وزارة الداخلية الكويتية»), or the
 * state of the forces it begins the name of («الشرطة الإسرائيلية» read as one force).
 */
function authorityState(frame: Frame, at: number): { code: string; name: string } | null {
  const { span } = frame.view.tokens[at];
  const force = frame.view.mentions.find(
    (m) => m.kind === 'state-forces' && m.span[0] <= span[0] && span[1] <= m.span[1],
  );
  const owner = force?.actor;
  if (owner?.country && owner.parent_name) return { code: owner.country, name: owner.parent_name };
  return demonymNear(frame.view, at, at + 1);
}

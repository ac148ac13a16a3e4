/**
 * The two sides of a battle told by "between X and Y" ("battles between soldiers and insurgents", «اشتباكات بين
 * الجيش والمسلحين»): word order alone names no subject there, so the pair itself decides both roles.
 */
import { armedSide, type ActorCandidate } from './actor-finder.js';
import { isBattle } from './battle-tolls.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import { tokenAt } from './sentence-view.js';

/** "between", «بين» (folded), as its own word. */
const BETWEEN = /^(?:between|بين|وبين)$/i;
/** Tokens from the battle word to "between": "battles raged overnight Sunday between". */
const BETWEEN_REACH = 6;
/** Tokens from "between" to the first side's first word: "between the regime's elite units". */
const FIRST_REACH = 3;
/** Tokens from the first side's last word to the second side's first: "soldiers and the insurgents". */
const SECOND_REACH = 3;
/** The "and" that joins the two sides, alone or glued to the second side («والمسلحين»). */
const AND = /^(?:and|و)$/i;
/**
 * «بين الجيش وحزب الله من جهة، والمعارضة من جهة أخرى», «… وبين عناصر الفصائل المعارضة», "on one side,": the pair
 * after "between" is then one side of allies, and the foe is told after it: the first ally and the foe are the
 * two sides.
 */
const ONE_SIDE = /^(?:جهه|وبين|side|hand)$/i;
/** Tokens after the second side within which a word of {@link ONE_SIDE} makes the pair allies. */
const ONE_SIDE_REACH = 12;

/**
 * The two sides a battle trigger of `frame` names after "between", in their order: the first side right
 * after "between", the second the next other side joined to it by "and". Undefined when the frame is no
 * battle, names no "between", or its pair is not two armed sides.
 *
 * @example sidesBetween(frame, candidates)?.map((c) => c.ref.name) // ['Military Forces of Syria', 'Opposition Rebels (Syria)']
 */
export function sidesBetween(
  frame: Frame,
  candidates: ActorCandidate[],
): [ActorCandidate, ActorCandidate] | undefined {
  const trigger = mainTrigger(frame);
  if (!isBattle(trigger)) return undefined;
  const view = frame.view;
  const armed = candidates.filter(armedSide);
  for (let b = trigger.end; b < Math.min(frame.to, trigger.end + BETWEEN_REACH); b++) {
    if (!BETWEEN.test(view.tokens[b].norm)) continue;
    const first = armed.find((c) => c.at > b && c.at - b <= FIRST_REACH);
    if (!first) return undefined;
    const firstEnd = tokenAt(view, first.ref.spans[0][1] - 1);
    const second = armed.find((c) => c.at > firstEnd && c.ref.name !== first.ref.name);
    if (!second || second.at - firstEnd > SECOND_REACH) return undefined;
    const joined = view.tokens
      .slice(firstEnd + 1, second.at + 1)
      .some((t) => AND.test(t.norm) || (t.norm.startsWith('و') && !t.stem.startsWith('و')));
    if (!joined) return undefined;
    const oneSide = view.tokens
      .slice(second.at, second.at + ONE_SIDE_REACH)
      .findIndex((t) => ONE_SIDE.test(t.norm));
    if (oneSide < 0) return [first, second];
    const foe = foeAfter(armed, second.at + oneSide, [first, second]);
    return foe ? [first, foe] : undefined;
  }
  return undefined;
}

/** Tokens from the word that closes one side of allies to their foe («من جهة، وجيش الفتح»). */
const FOE_REACH = 3;

/** The armed side told right after a pair of allies («… من جهة، وجيش الفتح من جهة أخرى»): their foe. */
function foeAfter(armed: ActorCandidate[], closing: number, allies: ActorCandidate[]) {
  return armed.find(
    (c) => c.at > closing && c.at - closing <= FOE_REACH && allies.every((a) => a.ref.name !== c.ref.name),
  );
}

/** The side that repelled an attack: the attack's target, though named as the subject of the repelling. */
import type { ActorCandidate } from './actor-finder.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import { REPEL } from './fought-off.js';

/** Words between the repelling word and the attack ("repelled an attack", «صد هجوما», «تصدت لهجوم»). */
const REACH = 3;

/**
 * "تمكن الجيش الوطني من صد هجوم للحوثيين", "the army repelled an attack by Houthi fighters": the side named
 * before a word of repelling that stands right before the attack is the one attacked, whoever attacked.
 *
 * @example repeller(frame, perpetrators, houthis)?.ref.name // 'Military Forces of Yemen'
 */
export function repeller(
  frame: Frame,
  perpetrators: ActorCandidate[],
  actor1: ActorCandidate | null,
): ActorCandidate | undefined {
  const tokens = frame.view.tokens;
  const trigger = mainTrigger(frame).start;
  const repel = tokens.findLastIndex(
    (t, i) => i >= frame.from && i < trigger && trigger - i <= REACH && REPEL.test(t.norm),
  );
  if (repel < 0) return undefined;
  return perpetrators.findLast((c) => c.at < repel && c !== actor1 && c.ref.name !== actor1?.ref.name);
}

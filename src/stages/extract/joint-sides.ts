/** Sides named together: joined as one perpetrator or target, or set against each other in a clash. */
import { armedSide, type ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { tokenAt, wordsBetween } from './sentence-view.js';

/** Words that join two sides acting together ("the regime and Russian air forces"). */
const JOINING = /^(?:and|the|و)$/;
/** "the so-called Ahrar al-Sham": words that only distance the writer from a side's name. */
const SO_CALLED = /^(?:so-called|so|called)$/;
/** "clashes between the army and the rebels": sides set against each other, not joined. */
const BETWEEN = /^(?:between|بين|among)$/;

/** "with", "against", «مع», «ضد»: the word before the side a clash was fought with. */
const FOE_WORD = /^(?:with|against|مع|ضد)$/;
/** Tokens from a clash word to the side it was fought with («اشتباكات عنيفة مع مسلحي المعارضة»). */
const FOE_REACH = 4;

/**
 * Armed sides named right after another joined by "and" ("Assad regime and Russian air forces carried out
 * airstrikes", "Nusra and the so-called Ahrar al-Sham", "قوات النظام والطيران الروسي"): the text's joint
 * perpetrators or joint targets, of which the first named stands for both. In a clash ("the army and the
 * rebels clashed") or "between" they are foes, unless the clash names its foe after "with" («خاضت قوات
 * النظام ومقاتلو حزب الله اشتباكات مع المعارضة»): then the sides joined before it fought together.
 *
 * @example jointSeconds(frame, candidates)[0]?.ref.name // 'Military Forces of Russia'
 */
export function jointSeconds(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  const view = frame.view;
  const armed = candidates.filter(armedSide);
  const clash = frame.triggers.find((t) => t.phrase.tag === 'Armed clash');
  if (clash && !foeAfter(view, clash.end, armed)) return [];
  return armed.filter((c, i) => {
    const first = armed[i - 1];
    if (!first || first.ref.name === c.ref.name || (clash && c.at >= clash.start)) return false;
    const between = wordsBetween(view, tokenAt(view, first.ref.spans[0][1]), c.at).filter(
      (w) => !SO_CALLED.test(w),
    );
    // "قوات النظام والطيران الروسي": the Arabic "و" is written on the second side's first word.
    const joined =
      between.length > 0
        ? between.length <= 2 && between.every((w) => JOINING.test(w)) && between.some((w) => w !== 'the')
        : /^و/.test(view.tokens[c.at]?.norm ?? '');
    const set = view.tokens.slice(Math.max(0, first.at - 2), first.at).some((t) => BETWEEN.test(t.norm));
    return joined && !set;
  });
}

/** A side named after "with" or "against" within reach of the clash word ending at token `end`. */
function foeAfter(view: Frame['view'], end: number, armed: ActorCandidate[]): boolean {
  return armed.some((c) => {
    if (c.at < end || c.at - end > FOE_REACH) return false;
    return wordsBetween(view, end, c.at).some((w) => FOE_WORD.test(w));
  });
}

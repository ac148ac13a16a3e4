/** The sides of ground changing hands: who took it (actor1) and who lost it (actor2). */
import type { ActorCandidate } from './actor-finder.js';
import type { Roles } from './actor-roles.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import { reach, type PhraseHit } from './phrase-matcher.js';
import { expels } from './expelling.js';
import { PASSIVE_AUXILIARY } from './passive-auxiliaries.js';
import { groundSides } from './territory-typer.js';

/**
 * The sides of a frame of ground taken, from the roles the violence rules `found` and the sides the whole
 * sentence names (`wide`).
 *
 * @example territoryRoles(frame, found, wide).actor2?.ref.name // 'Houthi Movement' for «طرد الحوثيين من عدن»
 */
export function territoryRoles(frame: Frame, found: Roles, wide: ActorCandidate[]): Roles {
  // "سيطروا على مديرية القفر بعد معارك خلفت مصرع 17 حوثيا": who lost the ground is often told in
  // the clause after the one that took it; it is an armed side, never the civilians named with it.
  const trigger = mainTrigger(frame);
  const lost = found.actor2?.side === 'civilian' ? null : found.actor2;
  const sides: Roles = {
    ...found,
    actor2:
      lost ??
      wide.find(
        (c) =>
          c.at >= trigger.end &&
          c.side !== 'civilian' &&
          c.ref.entity_id !== null &&
          c.ref.name !== found.actor1?.ref.name,
      ) ??
      null,
  };
  const roles = expels(trigger) ? expelledSides(frame, trigger, sides, wide) : groundSides(frame, sides);
  if (roles.actor1) return roles;
  // "واستعادة السيطرة على الحوطة …، القوات الموالية للرئيس": ground regained, with no taker named,
  // is regained by the state's forces the clause names, not from them. "وبعد ضمان سيطرتها على
  // المدينة، واصلت القوات …": a control whose pronoun no side before it owns is the side's told after.
  const regained = frame.triggers.some((t) => t.phrase.tag === 'Government regains territory');
  const owned =
    /(?:ها|هم)$/.test(frame.view.tokens[trigger.start].norm) && !wide.some((c) => c.at < trigger.start);
  // "وسقطت قاعدة العند بعد هجوم شنته قوات هادي": a place that fell is the verb's subject; the side told
  // after it is the one it fell to when told as the attacker or the new holder, not when it withdrew or held out.
  const fell = FELL.test(frame.view.tokens[trigger.start].norm) && fellTo(frame, trigger, roles.actor2);
  if ((regained && roles.actor2?.side === 'forces') || owned || fell)
    return { actor1: roles.actor2, actor2: null, claimedBy: roles.claimedBy };
  return roles;
}

/** «سقطت», «وسقط», «فسقطت»: the verb of a town or base that fell, folded. */
const FELL = /^[وف]?سقطت?$/;

/** «هجوم شنه/شنته», «بيد/بأيدي», «تحت سيطرة»: the words that make the side after them the one a place fell to. */
const FELL_TO = /^(?:شن(?:ه|ته|ها|تها|وه)|ب?يد|ب?ايدي|سيطر[ةه])$/;

/** Whether the side named after a fallen place is told as the one that took it (the words between say so). */
function fellTo(frame: Frame, trigger: PhraseHit, side: ActorCandidate | null | undefined): boolean {
  if (!side) return false;
  return frame.view.tokens.slice(trigger.start, side.at).some((t) => FELL_TO.test(t.norm));
}

/**
 * «تمكنت المقاومة من طرد الحوثيين من عدن», «وطردت القوات الحكومية مسلحي القاعدة من زنجبار»: the side right
 * after the verb or its noun is the one expelled, unless a second side follows it in the phrase (the verb's
 * subject, then its object); the taker is the side before the verb, or that subject.
 */
function expelledSides(frame: Frame, trigger: PhraseHit, found: Roles, wide: ActorCandidate[]): Roles {
  const armed = wide.filter((c) => c.side === 'group' || c.side === 'forces');
  const end = reach(trigger);
  const inside = armed.filter((c) => c.at > trigger.start && c.at < end);
  const distinct = inside.filter((c, i) => inside.findIndex((o) => o.ref.name === c.ref.name) === i);
  // "IS was expelled by the army from Zuhur": the passive's subject lost the ground, its agent took it.
  const tokens = frame.view.tokens;
  if (PASSIVE_AUXILIARY.has(tokens[trigger.start - 1]?.norm ?? '') && tokens[trigger.end]?.norm === 'by') {
    const lost = armed.filter((c) => c.at < trigger.start).at(-1) ?? null;
    return { actor1: distinct[0] ?? null, actor2: lost, claimedBy: found.claimedBy };
  }
  // Only Arabic puts the verb's subject inside its phrase: English names the taker before the verb.
  if (distinct.length >= 2 && trigger.phrase.lang === 'ar')
    return { actor1: distinct[0], actor2: distinct[1], claimedBy: found.claimedBy };
  const lost = distinct[0] ?? found.actor2;
  const taker = (c: ActorCandidate | null | undefined) => (c && c.ref.name !== lost?.ref.name ? c : null);
  const before = armed.filter((c) => c.at < trigger.start && taker(c)).at(-1);
  return { actor1: before ?? taker(found.actor1), actor2: lost ?? null, claimedBy: found.claimedBy };
}

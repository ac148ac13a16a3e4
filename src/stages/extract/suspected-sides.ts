/** Sides a sentence only suspects of a part in the incident: a hedge is no attribution. */
import { oncePer } from '../../core/once-per.js';
import { wordSet } from '../../core/text/word-set.js';
import type { Token } from '../../core/records.js';
import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { tokenAt } from './sentence-view.js';

/** Nouns of a part in an act whose owner follows ("the involvement of", «تورط», «ضلوع») or precedes it. */
const PART = /^(?:involvement|complicity|role|[وفب]?(?:تورط|ضلوع|دور))$/;
/**
 * Words between the noun of a part and its side ("the involvement of the ISI", "of Pakistan's ISI", «تورط
 * عناصر من»).
 */
const PART_LEAD = /^(?:of|the|a|any|some|عناصر|من|[a-z]+'s)$/;
/**
 * "were behind", «تقف وراء»: standing behind the act, said of the side right before; also the words of
 * "accused of standing behind" («المتهم بالوقوف خلف»).
 */
export const BEHIND = /^(?:behind|وراء|خلف)$/;
/** Tokens from a side's name to its "behind" ("were likely behind", «قد تكون وراء»). */
const BEHIND_REACH = 4;
/**
 * Words that make the part a guess, not a finding: "could not be ruled out", "suspected", "possible",
 * «لم تستبعد», «يشتبه», «يرجح», «احتمال».
 */
const HEDGE = new Set([
  ...wordSet(
    'ruled rule suspect suspects suspected suspecting possible possibility possibly may might could likely ' +
      'probable probably alleged allegedly believed believe believes probing investigating whether',
  ),
  ...wordSet(
    'يعتقد تعتقد يعتقدون يستبعد تستبعد يستبعدون استبعاد يشتبه تشتبه يرجح ترجح رجح رجحت احتمال محتمل المحتمل ربما يحتمل',
    'و ف',
  ),
]);

/**
 * Whether a sentence's tokens hold a hedge, read once per sentence (see `oncePer`): every frame of it
 * asks, and most sentences hold none.
 */
export const hedges = oncePer((tokens: readonly Token[]) => tokens.some((t) => HEDGE.has(t.norm)));

/**
 * "Police said the involvement of Pakistan's ISI could not be ruled out", «لم تستبعد الشرطة تورط جماعة
 * …», "officials suspect the Taliban were behind the blast": a side named as the owner of a part in the act,
 * or as standing behind it, in a sentence that hedges, is only suspected. It is
 * neither the act's perpetrator nor its target: ACLED codes the side a text attributes or a claim names.
 *
 * @example suspectedSides(frame, candidates)[0]?.ref.name // 'Military Forces of Pakistan'
 */
export function suspectedSides(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  const tokens = frame.view.tokens;
  if (!hedges(tokens)) return [];
  return candidates.filter((c) => {
    let before = c.at - 1;
    while (before > 0 && PART_LEAD.test(tokens[before].norm)) before--;
    if (PART.test(tokens[before]?.norm ?? '')) return true;
    let after = tokenAt(frame.view, c.ref.spans[0][1]);
    // "suspect the Pakistani Taliban were behind the blast", «يعتقد أن طالبان تقف وراء الهجوم».
    if (tokens.slice(after, after + BEHIND_REACH).some((t) => BEHIND.test(t.norm))) return true;
    // "the ISI's involvement": an English part may follow its owner's name.
    if (/^'s?$/.test(tokens[after]?.norm ?? '')) after++;
    return /^[a-z]/.test(tokens[after]?.norm ?? '') && PART.test(tokens[after].norm);
  });
}

import type { ActorRef } from '../../core/records.js';
import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { hitSpan, type SentenceView } from './sentence-view.js';

/**
 * Words that say a group owned the incident. English needs the object ("claimed responsibility", "claimed
 * the attack", "claimed by") because a bare "claimed" is as often a toll ("the blast claimed 12 lives") or
 * a statement.
 * Arabic words are written folded as token norms are (ta marbuta to ha, alef maqsura to ya, ؤ to و).
 */
const EN_CLAIM_VERB = /^(?:claimed|claims|claiming|claim|took|takes|taking|take|assumed|owned)$/;
const EN_CLAIM_OBJECT =
  /^(?:responsibility|credit|attack|attacks|bombing|bombings|blast|blasts|explosion|assault|killing|killings)$/;
const AR_CLAIM_VERB = /^[وف]?ب?(?:تبني|تبنت|يتبني|تتبني|تبنيه|تبنيها|تبنوا)$/;
/** "أعلن التنظيم مسؤوليته": announcing one's own responsibility is a claim. */
const AR_ANNOUNCE = /^[وف]?(?:اعلن|اعلنت|يعلن|تعلن|اعلنوا)$/;
const AR_RESPONSIBILITY = /^(?:مسووليته|مسووليتها|مسووليتهم|المسووليه|مسووليه)$/;
/**
 * Words that deny or accuse instead of claim: "no group claimed", "denied responsibility", "held IS
 * responsible", "حمّلت داعش المسؤولية", "نفى مسؤوليته". Attribution still names the perpetrator; it is not
 * a claim.
 */
const NOT_A_CLAIM =
  /^(?:no|not|never|yet|denied|denies|deny|denying|rejected|blamed|blames|accused|accuses|held|holds|suspected|لم|لا|نفي|نفت|ينفي|تنفي|اتهم|اتهمت|يتهم|تتهم|حمل|حملت|يحمل|تحمل|يشتبه|نسب|نسبت|دون)$/;
/** "IS said three of its fighters carried out the attack": a group owning its fighters' act. */
const OWN_FIGHTERS = /^(?:its|their)$/;
const EN_SPEECH = /^(?:said|says|stated|announced)$/;
/** Tokens between a group and the words of its claim ("داعش أعلن في بيان … المسؤولية"). */
const CLAIM_REACH = 12;
/** Tokens before a claim word in which a denial or an accusation governs it. */
const DENIAL_REACH = 4;
/** Tokens after "said" within which "its fighters" stands. */
const OWN_REACH = 5;

interface ClaimWords {
  /** Token range of the claim words. */
  start: number;
  end: number;
  /** Where the claimant stands: after "claimed by", before "said", either side of a claiming verb. */
  claimant: 'after' | 'before' | 'either';
}

/** Tokens between "claimed by" or a speaking group and the claim words. */
const NEXT_TO = 4;

/**
 * The group that claimed the frame's incident, with the span of its name and of the claim words:
 * "IS claimed responsibility", "the blast claimed by Daesh", "تبنى تنظيم داعش", "أعلن داعش مسؤوليته",
 * "Daesh said its fighters carried out the attack". Denials and accusations are not claims.
 *
 * @example findClaim(frame, candidates)?.name // 'Islamic State'
 */
export function findClaim(frame: Frame, candidates: ActorCandidate[]): ActorRef | null {
  const view = frame.view;
  const groups = candidates.filter((c) => c.side === 'group');
  if (groups.length === 0) return null;
  for (const words of claimWords(view)) {
    const group =
      words.claimant === 'after'
        ? groups.find((c) => c.at >= words.end && c.at - words.end <= NEXT_TO)
        : words.claimant === 'before'
          ? groups.findLast((c) => c.at < words.start && words.start - c.at <= NEXT_TO)
          : nearest(groups, words);
    // "نفى التنظيم أن يكون أعلن مسؤوليته": a denial may govern the claimant or the claim words.
    if (!group || denied(view, words.start) || denied(view, Math.min(group.at, words.start))) continue;
    return { ...group.ref, spans: [...group.ref.spans, hitSpan(view, words)] };
  }
  return null;
}

function nearest(groups: ActorCandidate[], words: ClaimWords): ActorCandidate | undefined {
  const distance = (c: ActorCandidate) =>
    c.at < words.start ? words.start - c.at : c.at >= words.end ? c.at - words.end : 0;
  return groups
    .filter((c) => distance(c) <= CLAIM_REACH)
    .sort((a, b) => distance(a) - distance(b) || b.at - a.at)[0];
}

/** Every place in the sentence where claim words stand. */
function claimWords(view: SentenceView): ClaimWords[] {
  const out: ClaimWords[] = [];
  const norm = (i: number) => view.tokens[i]?.norm.toLowerCase() ?? '';
  for (let i = 0; i < view.tokens.length; i++) {
    const w = norm(i);
    if (EN_CLAIM_VERB.test(w)) {
      const object = [1, 2].find((k) => EN_CLAIM_OBJECT.test(norm(i + k)));
      if (object !== undefined) out.push({ start: i, end: i + object + 1, claimant: 'either' });
      else if (w === 'claimed' && norm(i + 1) === 'by') out.push({ start: i, end: i + 2, claimant: 'after' });
    } else if (AR_CLAIM_VERB.test(w)) {
      out.push({ start: i, end: i + 1, claimant: 'either' });
    } else if (AR_RESPONSIBILITY.test(w)) {
      // The announcing verb stands before the responsibility, its subject between them.
      const from = Math.max(0, i - CLAIM_REACH);
      const verb = view.tokens.slice(from, i).findIndex((t) => AR_ANNOUNCE.test(t.norm));
      if (verb >= 0) out.push({ start: from + verb, end: i + 1, claimant: 'either' });
    } else if (EN_SPEECH.test(w)) {
      const own = view.tokens.slice(i + 1, i + 1 + OWN_REACH).some((t) => OWN_FIGHTERS.test(t.norm));
      if (own) out.push({ start: i, end: i + 1, claimant: 'before' });
    }
  }
  return out;
}

function denied(view: SentenceView, at: number): boolean {
  return view.tokens
    .slice(Math.max(0, at - DENIAL_REACH), at)
    .some((t) => NOT_A_CLAIM.test(t.norm.toLowerCase()));
}

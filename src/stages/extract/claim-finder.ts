import { oncePer } from '../../core/once-per.js';
import { actorRef } from '../../core/record-refs.js';
import { wordSet } from '../../core/text/word-set.js';
import { renamed, sentenceWide, type ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { actAfterOwnWord, hitSpan, type SentenceView, wordsBetween } from './sentence-view.js';

/**
 * Words that say a group owned the incident. English needs the object ("claimed responsibility", "claimed
 * the attack", "claimed by") because a bare "claimed" is as often a toll ("the blast claimed 12 lives") or
 * a statement.
 * Arabic words are written folded as token norms are (ta marbuta to ha, alef maqsura to ya, ؤ to و).
 */
export const EN_CLAIM_VERB = wordSet('claimed claims claiming claim took takes taking take assumed owned');
/** "claimed responsibility", "took credit": what a group owns an act by, whatever act it is. */
const OWNING_WORDS = 'responsibility credit';
/** The object of an English claim that names no act: a claim in a sentence of its own ("later took credit"). */
export const EN_OWNED = wordSet(OWNING_WORDS);
const EN_CLAIM_OBJECT = wordSet(
  `${OWNING_WORDS} attack attacks bombing bombings blast blasts explosion assault killing killings beheading beheadings execution executions kidnapping abduction assassination massacre`,
);
/** "claimed to have executed": the claiming verb and the words up to the act it owns. */
const EN_CLAIMED_TO = wordSet('claimed claims claim claiming');
/** "هجومين تبنتهما حركة طالبان": the dual pronoun of two attacks is a claim like the singular's. */
export const AR_CLAIM_VERB = wordSet(
  'تبني تبنت يتبني تتبني تبنيه تبنيها تبنوا تبناه تبناها تبنته تبنتها تبناهما تبنتهما تبنوهما',
  'و ف ب وب فب',
);
/** "وتبناه التنظيم", "أعلن التنظيم مسؤوليته": the group's common noun refers to the group named before it. */
const AR_GROUP_NOUN = wordSet('التنظيم الجماعه الحركه');
/** "أعلن التنظيم مسؤوليته": announcing one's own responsibility is a claim. */
export const AR_ANNOUNCE = wordSet('اعلن اعلنت يعلن تعلن اعلنوا', 'و ف');
/** The responsibility an announcing verb claims: "مسؤوليته", "المسؤولية". */
export const AR_RESPONSIBILITY = wordSet('مسووليته مسووليتها مسووليتهم المسووليه مسووليه');
/**
 * «استبعد أن يعلن التنظيم مسؤوليته», «قد يتبنى التنظيم الهجوم»: a claiming verb in the imperfect after a
 * particle of the subjunctive or of likelihood speaks of a claim that may come, not one made. The perfect
 * («بعد أن تبنى التنظيم الهجوم») is a claim made.
 */
const AR_CLAIM_TO_COME = wordSet('يعلن تعلن يعلنوا يتبني تتبني يتبنوا');
const AR_MAY = wordSet('ان لن قد سوف ربما');
/** Words that lay an incident on a group: "held IS responsible", "محملا تنظيم القاعدة المسؤولية". */
const BLAME_WORDS =
  'blamed blames accused accuses held holds اتهم اتهمت يتهم تتهم حمل حملت يحمل تحمل محملا محمله محملين متهما متهمه يشتبه نسب نسبت';
/**
 * Words that deny or accuse instead of claim: "no group claimed", "denied responsibility", "held IS
 * responsible", "حمّلت داعش المسؤولية", "نفى مسؤوليته". Attribution still names the perpetrator; it is not
 * a claim.
 */
export const NOT_A_CLAIM = wordSet(
  `no not never yet denied denies deny denying rejected suspected لم لا نفي نفت ينفي تنفي دون ${BLAME_WORDS}`,
);
/** "قال مصدر أمني، محملا تنظيم القاعدة المسؤولية": a word of blame between a claim's words. */
const BLAME = wordSet(BLAME_WORDS);
/** "The group said two of its men staged the raid": a group owning its fighters' act. */
const OWN_FIGHTERS = wordSet('its their');
const EN_SPEECH = wordSet('said says stated announced');
/** "قال تنظيم داعش إن مقاتليه هاجموا": the same in Arabic, the fighters' pronoun on the word itself. */
const AR_SPEECH = wordSet('قال قالت اعلن اعلنت ذكر ذكرت اكد اكدت', 'و ف');
const AR_OWN_FIGHTERS = wordSet('مقاتليه مقاتلوه عناصره مسلحيه مقاتليها مقاتلوها عناصرها مسلحيها');
/** Tokens between a group and the words of its claim ("داعش أعلن في بيان … المسؤولية"). */
const CLAIM_REACH = 12;
/** Tokens before a claim word in which a denial or an accusation governs it. */
const DENIAL_REACH = 4;
/** Tokens after "said" within which "its fighters" stands. */
const OWN_REACH = 5;
/** Tokens after "its" within which the act its fighters did is told ("its fighters carried out the attack"). */
const OWN_ACT_REACH = 5;

interface ClaimWords {
  /** Token range of the claim words. */
  start: number;
  end: number;
  /**
   * Where the claimant stands: after "claimed by", before "said", before "claimed to have" as its subject
   * however long its name ("the so-called Islamic State in Iraq and the Levant … claimed to have executed"),
   * either side of a claiming verb, between an Arabic verb of saying and "its fighters", or named anywhere
   * before in the sentence when "the organisation" claims.
   */
  claimant: 'after' | 'before' | 'subject' | 'either' | 'back' | 'inside';
}

/** Tokens between "claimed by" or a speaking group and the claim words. */
const NEXT_TO = 4;

/**
 * The group that claimed the frame's incident, as a candidate of the sentence whose ref spans the group's
 * name and the claim words: "IS claimed responsibility", "the blast claimed by Daesh", "تبنى تنظيم داعش",
 * "أعلن داعش مسؤوليته", "Daesh said its fighters carried out the attack". Denials and accusations are not
 * claims. A group named before the frame ("… شبكة تتبع تنظيم داعش … تفجير مسجد … وتبناه التنظيم") may be
 * the claimant.
 *
 * @example findClaimant(frame, candidates)?.side // 'group'
 */
export function findClaimant(frame: Frame, candidates: ActorCandidate[]): ActorCandidate | null {
  const view = frame.view;
  const words = claimWords(view);
  if (words.length === 0) return null;
  // Computed only when "the organisation" claims: most sentences have no claim at all.
  const named = words.some((w) => w.claimant === 'back')
    ? sentenceWide(frame, null).filter((c) => c.side === 'group' && c.ref.entity_id !== null)
    : [];
  for (const w of words) {
    const group = claimantOf(w, frame, candidates, named);
    // "نفى التنظيم أن يكون أعلن مسؤوليته": a denial may govern the claimant or the claim words.
    if (
      !group ||
      denied(view, w.start) ||
      denied(view, Math.min(group.at, w.start)) ||
      blamedWithin(view, w) ||
      toCome(view, w.start)
    )
      continue;
    const spans = [...group.ref.spans, hitSpan(view, w)];
    return renamed(group, actorRef(group.ref.name, group.ref.entity_id, spans, group.ref.basis));
  }
  return null;
}

/** The group standing where the claim words put their claimant. */
function claimantOf(
  w: ClaimWords,
  frame: Frame,
  candidates: ActorCandidate[],
  named: ActorCandidate[],
): ActorCandidate | undefined {
  const groups = candidates.filter((c) => c.side === 'group');
  switch (w.claimant) {
    case 'after':
      return groups.find((c) => c.at >= w.end && c.at - w.end <= NEXT_TO);
    case 'before':
      return groups.findLast((c) => c.at < w.start && w.start - c.at <= NEXT_TO);
    case 'subject': {
      // "the army claimed to have killed IS fighters": the subject is the side nearest before, group or not.
      const subject = candidates.findLast((c) => c.at < w.start && w.start - c.at <= CLAIM_REACH);
      return subject?.side === 'group' ? subject : undefined;
    }
    case 'inside':
      return groups.find((c) => c.at > w.start && c.at < w.end - 1);
    case 'back':
      // "the organisation claimed it" closes the clause of its incident, not an earlier one's.
      return w.start >= frame.from && w.start <= frame.to ? named.findLast((c) => c.at < w.start) : undefined;
    default:
      return nearest(groups, w);
  }
}

function nearest(groups: ActorCandidate[], words: ClaimWords): ActorCandidate | undefined {
  const distance = (c: ActorCandidate) =>
    c.at < words.start ? words.start - c.at : c.at >= words.end ? c.at - words.end : 0;
  return groups
    .filter((c) => distance(c) <= CLAIM_REACH)
    .sort((a, b) => distance(a) - distance(b) || b.at - a.at)[0];
}

/**
 * Every word that may open claim words below: one look-up rules out most tokens, where a look-up in each of
 * the five lists did, for every token of the sentence of every frame.
 */
const CLAIM_OPENERS: ReadonlySet<string> = new Set([
  ...EN_CLAIM_VERB,
  ...AR_CLAIM_VERB,
  ...AR_RESPONSIBILITY,
  ...EN_SPEECH,
  ...AR_SPEECH,
]);

/** Every place in the sentence where claim words stand, read once per sentence view (see `oncePer`). */
const claimWords = oncePer(sentenceClaimWords);

function sentenceClaimWords(view: SentenceView): readonly ClaimWords[] {
  const out: ClaimWords[] = [];
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  for (let i = 0; i < view.tokens.length; i++) {
    const w = norm(i);
    if (!CLAIM_OPENERS.has(w)) continue;
    if (EN_CLAIM_VERB.has(w)) {
      const object = [1, 2].find((k) => EN_CLAIM_OBJECT.has(norm(i + k)));
      if (object !== undefined) out.push({ start: i, end: i + object + 1, claimant: 'either' });
      else if (w === 'claimed' && norm(i + 1) === 'by') out.push({ start: i, end: i + 2, claimant: 'after' });
      else if (claimedAct(view, i)) out.push({ start: i, end: i + CLAIMED_TO_ACT + 1, claimant: 'subject' });
    } else if (AR_CLAIM_VERB.has(w)) {
      const back = AR_GROUP_NOUN.has(norm(i + 1));
      out.push({ start: i, end: i + (back ? 2 : 1), claimant: back ? 'back' : 'either' });
    } else if (AR_RESPONSIBILITY.has(w)) {
      // The announcing verb stands before the responsibility, its subject between them.
      const from = Math.max(0, i - CLAIM_REACH);
      const verb = view.tokens.slice(from, i).findIndex((t) => AR_ANNOUNCE.has(t.norm));
      const back = verb >= 0 && AR_GROUP_NOUN.has(norm(from + verb + 1));
      if (verb >= 0) out.push({ start: from + verb, end: i + 1, claimant: back ? 'back' : 'either' });
    } else if (EN_SPEECH.has(w)) {
      if (ownAct(view, i)) out.push({ start: i, end: i + 1, claimant: 'before' });
    } else if (AR_SPEECH.has(w)) {
      // The speaker stands between the verb and its fighters: "قال تنظيم داعش في بيان إن مقاتليه".
      const own = view.tokens.slice(i + 1, i + 1 + CLAIM_REACH).findIndex((t) => AR_OWN_FIGHTERS.has(t.norm));
      if (own >= 0) out.push({ start: i, end: i + own + 2, claimant: 'inside' });
    }
  }
  return out;
}

/**
 * "The group said two of its men staged the raid": after a group's "said", its own men and then
 * the act they did. "The coalition said the area lay outside its zone of operations" tells no act of its own.
 */
function ownAct(view: SentenceView, said: number): boolean {
  return actAfterOwnWord(
    view,
    afterAside(view, said + 1),
    OWN_REACH,
    (w) => OWN_FIGHTERS.has(w),
    OWN_ACT_REACH,
  );
}

/** Where a group's statement is told to have been made: "said in a statement", "said in an online message". */
const STATEMENT = wordSet('statement statements communique message post video audio recording website');
/** Tokens from "in" to the statement noun ("in a short online statement"). */
const ASIDE_REACH = 4;

/**
 * The token after "in a statement that" when those words open what was said ("Daesh said in a video
 * that three of its men …"), else `from`: an aside telling how a group spoke does not part it from its
 * own men.
 */
function afterAside(view: SentenceView, from: number): number {
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  if (norm(from) !== 'in') return from;
  const noun = view.tokens.slice(from + 1, from + 1 + ASIDE_REACH).findIndex((t) => STATEMENT.has(t.norm));
  if (noun < 0) return from;
  const next = from + noun + 2;
  return norm(next) === 'that' ? next + 1 : next;
}

/** Tokens from "claimed" to the act: "claimed to have executed". */
const CLAIMED_TO_ACT = 3;

/** "IS claimed to have executed the aid worker": a group owning an act a trigger names. */
function claimedAct(view: SentenceView, at: number): boolean {
  const words = wordsBetween(view, at, at + CLAIMED_TO_ACT);
  return (
    EN_CLAIMED_TO.has(words[0]) &&
    words[1] === 'to' &&
    words[2] === 'have' &&
    view.triggers.some((t) => t.start === at + CLAIMED_TO_ACT)
  );
}

/** An accusation inside the claim words makes them blame: "أعلن مصدر، محملا التنظيم المسؤولية". */
function blamedWithin(view: SentenceView, w: ClaimWords): boolean {
  return view.tokens.slice(w.start + 1, w.end - 1).some((t) => BLAME.has(t.norm));
}

/** A claim that may come: the claiming verb in the imperfect right after «أن», «قد», «لن». */
function toCome(view: SentenceView, verb: number): boolean {
  return AR_CLAIM_TO_COME.has(view.tokens[verb]?.norm ?? '') && AR_MAY.has(view.tokens[verb - 1]?.norm ?? '');
}

function denied(view: SentenceView, at: number): boolean {
  return view.tokens.slice(Math.max(0, at - DENIAL_REACH), at).some((t) => NOT_A_CLAIM.has(t.norm));
}

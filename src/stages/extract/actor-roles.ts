import type { ActorRef } from '../../core/records.js';
import {
  actorCandidates,
  asRioters,
  CUE_REACH,
  protestSubject,
  sentenceWide,
  type ActorCandidate,
  type ActorSide,
} from './actor-finder.js';
import { findClaimant } from './claim-finder.js';
import { familyOf, mainTrigger, type Frame } from './frame-builder.js';
import {
  advancing,
  agentOf,
  attempted,
  backing,
  brokeAgreement,
  civilianTarget,
  exposed,
  jointSeconds,
  relativeAntecedent,
  rivalMobs,
  VEHICLE,
} from './role-clues.js';
import { verbObjects } from './verb-objects.js';
import { attemptOf } from './attempt-of.js';
import { passiveHarmed, victimsOf } from './victims.js';
import { hasRival } from './rival-sides.js';
import { arrestingGroup } from './arresting-group.js';
import { afterCampaign, spokenAgainst, targetsAfterCue } from './cue-targets.js';
import { areaHolders, placeUsers } from './bystanders.js';
import { isInterlocutor } from './interlocutor.js';
import { beforePurpose } from './purpose-clause.js';
import { suspectedSides } from './suspected-sides.js';
import { englishPredicate } from './english-predicate.js';
import { tokenAt } from './sentence-view.js';
import { impliedSide } from './implied-side.js';
import { repeller } from './repelled-attack.js';
import { territoryRoles } from './ground-roles.js';
import { battleFoe } from './battle-sides.js';
import { sidesBetween } from './between-sides.js';
import { joinedVerb } from './joined-verb.js';
import { ownMembersHarmed } from './own-members.js';
import { defendedHomeland } from './homeland-defender.js';

export interface Roles {
  actor1: ActorCandidate | null;
  actor2: ActorCandidate | null;
  claimedBy: ActorRef | null;
}

/** Tokens between a trigger noun and the side it belongs to ("قصف للحوثيين", "raids by the coalition"). */
const GENITIVE_REACH = 4;
/** Tokens from a named side's first word to the Arabic verb it is the subject of (subject–verb order). */
const ADJACENT_SUBJECT = 4;
/** Tokens between an Arabic verb and its subject (verb–subject–object order). */
const SUBJECT_REACH = 3;
/** A preposition between an Arabic verb and a side makes the side its object ("اشتبكت مع مسلحي داعش"). */
const PREPOSITION = /^(?:مع|ضد|علي|الي|في|من|عن)$/;
/**
 * Words that open a new clause: a side told before one ("… لتجمع قوات داعش، كما قصفت المدفعية التركية")
 * is not the subject of the verb after it.
 */
const CLAUSE_OPENER = /^(?:كما|فيما|بينما|حيث|ثم|عندما|حين|بعدما)$/;

/**
 * Decides who did what to whom in a frame: the perpetrator (actor1), the target (actor2) and a group that
 * claimed the incident. Word order, "by"/"against" cues and the side of each candidate decide it.
 *
 * @example assignRoles(frame, candidates, country).actor1?.ref.name // 'Houthi Movement'
 */
export function assignRoles(
  frame: Frame,
  given: ActorCandidate[],
  country: { code: string; name: string } | null,
): Roles {
  const suspected = suspectedSides(frame, given);
  const offered = given.filter((c) => !suspected.includes(c));
  const earlier = antecedent(frame, offered);
  if (earlier) return assignRoles(earlier, actorCandidates(earlier, country), country);
  // A backer ("مدعومة بغارات من التحالف") takes part in neither role, unless the frame is its strikes alone.
  const { backers, ownAct, ...clue } = backing(frame, offered);
  const backed = ownAct ? null : clue.backed;
  const candidates = ownAct ? backers : offered.filter((c) => !backers.includes(c));
  const claimant = findClaimant(frame, candidates);
  const claimedBy = claimant?.ref ?? null;
  switch (frame.family) {
    case 'protest':
      return {
        actor1:
          pick(candidates, 'protesters') ??
          protestSubject(frame, country) ??
          pick(sentenceWide(frame, country), 'protesters') ??
          impliedSide(frame, 'Protesters', country),
        actor2: null,
        claimedBy,
      };
    case 'riot': {
      const rioters =
        pick(candidates, 'rioters') ??
        asRioters(pick(sentenceWide(frame, country), 'protesters'), country) ??
        impliedSide(frame, 'Rioters', country);
      return {
        actor1: rioters,
        // "mobs of different communities clashed": rival mobs are rioters on both sides. "Police said the
        // accused were booked for rioting": the police who tell of a riot did not face it.
        actor2: rivalMobs(frame)
          ? rioters
          : (candidates.find((c) => c.side === 'forces' && !isInterlocutor(frame.view, c)) ??
            pick(candidates, 'civilian') ??
            civilianTarget(frame, VEHICLE)),
        claimedBy,
      };
    }
    case 'arrest': {
      // "الاعتقالات التي قام بها الحوثيون": a side the text names as the doer arrested, whoever else is named.
      const doers = candidates.filter((c) => (c.side === 'forces' || c.side === 'group') && !c.site);
      const arrester =
        agentOf(frame, doers) ?? pick(candidates, 'forces') ?? arrestingGroup(frame, candidates);
      // "بشبهة إلقاء الحجارة على طريق يستخدمه المستوطنون": a side named for a place it uses was not arrested.
      const users = placeUsers(frame, candidates);
      const groups = candidates.filter(
        (c) => c.side === 'group' && c.ref.name !== arrester?.ref.name && !users.includes(c),
      );
      return {
        actor1: arrester ?? impliedSide(frame, 'Police Forces of', country),
        actor2: groups.length === 1 ? groups[0] : null,
        claimedBy,
      };
    }
    case 'agreement':
    case 'change': {
      // "أعلنت قوات التحالف هدنة": announcing a truce or a pull-back is the act, so the speaker is its side.
      const sides = candidates.filter(
        (c) => (c.side === 'group' || (c.side === 'forces' && !c.site)) && !brokeAgreement(frame.view, c),
      );
      return {
        actor1: sides[0] ?? null,
        actor2: sides.find((c) => c.ref.name !== sides[0]?.ref.name) ?? null,
        claimedBy,
      };
    }
    case 'territory':
      return territoryRoles(
        frame,
        violenceRoles(frame, candidates, claimant, country, backed),
        // "القوات مدعومة من حزب الله سيطرت على": the backer did not lose the ground either.
        sentenceWide(frame, country).filter((c) => !backers.some((b) => b.at === c.at)),
      );
    default: {
      // "civilians in DAESH-held areas": the holder of the place tells where, not who; ground taken or lost
      // is the one case where the holder is a side. Of sides acting together the first named stands. The
      // sides of an act only intended ("بغية … تنفيذ مجازر بحق الأبرياء") take no part.
      const own = beforePurpose(frame);
      const told = candidates.filter((c) => c.at < own.to);
      const left = [...areaHolders(own, told), ...jointSeconds(own, told), ...spokenAgainst(own, told)];
      return violenceRoles(
        own,
        told.filter((c) => !left.includes(c)),
        claimant,
        country,
        backed,
      );
    }
  }
}

/**
 * "شن تنظيم داعش هجوما …، وسيطر على قرية …": an Arabic verb joined by "و" or "ف", or one whose plural
 * ending is its only subject ("بعد أن سيطروا"), that names no subject of its own shares the subject of the
 * clause before it in the sentence.
 */
function sharedSubject(frame: Frame, country: { code: string; name: string } | null): ActorCandidate | null {
  const verb = frame.triggers[0];
  const word = frame.view.tokens[verb.start].norm;
  const joined = joinedVerb(frame.view, verb);
  // "متشددو التنظيم خطفوا … بعد أن سيطروا على المدينة": a plural verb names its subject only by its ending.
  const pronoun = /^[\u0600-\u06ff]+وا$/.test(word) && !/^[وفب]?ال/.test(word);
  if (frame.from === 0) return null;
  const english = englishPredicate(frame, country);
  if (!(joined || pronoun || english)) return null;
  const before = clauseBefore(frame, () => true, 'violence');
  const subject = before && violenceRoles(before, actorCandidates(before, country), null, country).actor1;
  // An English subject stands before the act it did first ("forces after hours of clashes captured").
  return english && subject && subject.at > before.triggers[0].start ? null : subject;
}

/**
 * "طائرات تركية شنت هجوما …، وشمل القصف مناطق …": a definite trigger that names no side of its own refers
 * back to the incident its sentence told before it, and takes that incident's sides.
 */
function antecedent(frame: Frame, candidates: ActorCandidate[]): Frame | null {
  if (candidates.length > 0 || !frame.anaphoric || frame.from === 0) return null;
  return clauseBefore(frame, (t) => familyOf(t.phrase.tag) === frame.family);
}

/** The words of the sentence before the frame, as a frame of the triggers there that `keep` takes. */
function clauseBefore(
  frame: Frame,
  keep: (trigger: Frame['triggers'][number]) => boolean,
  family = frame.family,
): Frame | null {
  const triggers = frame.view.triggers.filter((t) => t.end <= frame.from && keep(t));
  return triggers.length > 0
    ? { ...frame, family, triggers, from: 0, to: frame.from, anaphoric: false }
    : null;
}

function violenceRoles(
  frame: Frame,
  candidates: ActorCandidate[],
  claim: ActorCandidate | null,
  country: { code: string; name: string } | null,
  backed: ActorCandidate | null = null,
): Roles {
  const view = frame.view;
  const trigger = mainTrigger(frame);
  const victims = victimsOf(frame, candidates);
  const claimedBy = claim?.ref ?? null;
  // The claimant as the frame knows it, or as named before the frame ("… وتبناه التنظيم").
  const claimant = claim
    ? (candidates.find((c) => c.ref.spans[0] === claim.ref.spans[0]) ?? {
        ...claim,
        ref: { ...claim.ref, spans: [claim.ref.spans[0]] },
      })
    : undefined;
  const perpetrators = candidates.filter(
    (c) =>
      c === claimant ||
      (c.side !== 'civilian' &&
        c.side !== 'protesters' &&
        !c.site &&
        !victims.includes(c) &&
        !isInterlocutor(view, c)),
  );
  const targetCues = view.cues.filter(
    (c) => c.phrase.tag === 'target' && c.start >= frame.from - CUE_REACH && c.end <= frame.to,
  );
  const targeted = [
    ...targetsAfterCue(
      frame,
      targetCues.filter((c) => c.start >= frame.from),
      candidates,
    ).filter((c) => c.at >= trigger.start && !isInterlocutor(view, c)),
    ...exposed(frame, candidates),
    ...verbObjects(frame, perpetrators),
  ];
  // "شن داعش هجوما ضد مقاتلين من المعارضة …، وسيطر": the target of an earlier act in the sentence (its cue
  // right after that act's trigger, maybe just before this frame) is not the subject of this one.
  const objects = targetsAfterCue(
    frame,
    targetCues.filter(
      (c) =>
        afterCampaign(view, c) || view.triggers.some((t) => t.end <= c.start && c.start - t.end <= CUE_REACH),
    ),
    candidates,
  );
  const agent = agentOf(frame, perpetrators);
  // "battles between soldiers and insurgents": the pair names both sides, whatever the word order.
  const pair = claimant || agent ? undefined : sidesBetween(frame, candidates);
  if (pair) return { actor1: pair[0], actor2: pair[1], claimedBy };
  const arabicVerb =
    /^[\u0600-\u06ff]/.test(view.tokens[trigger.start].norm) &&
    !/^(?:[وفب]?ال)/.test(view.tokens[trigger.start].norm);
  // "أن متمردي الحزب، المصنف …، هاجموا عناصر من قوات الأمن": a verb whose plural ending is its subject
  // takes the side after it as its object.
  const pronounSubject = /^[\u0600-\u06ff]{3,}وا$/.test(view.tokens[trigger.start].norm);
  const subject =
    arabicVerb && !pronounSubject
      ? perpetrators.find(
          (c) =>
            c.at >= trigger.end &&
            c.at - trigger.end < SUBJECT_REACH &&
            !targeted.includes(c) &&
            !view.tokens.slice(trigger.end, c.at).some((t) => PREPOSITION.test(t.norm)),
        )
      : undefined;
  // Subject before the trigger: English word order, or an Arabic verb after its subject; an Arabic
  // verbal noun ("بإطلاق نيران") takes its agent after it, never before.
  const arabic = /^[\u0600-\u06ff]/.test(view.tokens[trigger.start].norm);
  const last = view.tokens[trigger.end - 1].norm;
  // "هجومها": a verbal noun with a possessive pronoun points back to a side named before it.
  const possessive = /(?:ها|هم|هما)$/.test(last) && !/(?:ها|هم|هما)$/.test(trigger.phrase.words.at(-1)!);
  const subjectFirst =
    !arabic ||
    possessive ||
    (trigger.phrase.pos === 'verb' && !/^(?:[وفب]?ال)/.test(view.tokens[trigger.start].norm));
  // A named group or force before an Arabic verbal noun is still most often its agent ("داعش … هجوما").
  // "شن داعش هجوما ضد مقاتلين من المعارضة … وسيطر على": a side told as the object of an earlier act in
  // the clause is not the subject of this one.
  const before = [...perpetrators]
    .reverse()
    .find(
      (c) =>
        c.at < trigger.start &&
        !targeted.includes(c) &&
        !objects.includes(c) &&
        !relativeAntecedent(frame, c, trigger, perpetrators) &&
        (subjectFirst || c.ref.entity_id !== null),
    );
  // "Syrian government shelling of a town", "US air strikes on the stronghold": an English side right before
  // the weapon is whose weapon it was, whatever cue ("killed on Sunday in") may stand before it.
  const owner = arabic
    ? undefined
    : perpetrators.find((c) =>
        frame.triggers.some((t) => t.phrase.tag !== '@kill' && t.start === tokenAt(view, c.ref.spans[0][1])),
      );
  const genitive = perpetrators.find(
    (c) => c.at >= trigger.end && c.at - trigger.end < GENITIVE_REACH && !targeted.includes(c),
  );
  // "عناصر داعش هاجمت قطعات عسكرية": a named side just before an Arabic verb is its subject (SVO), and
  // the side after the verb is then its object.
  const adjacent = arabicVerb
    ? [...perpetrators]
        .reverse()
        .find(
          (c) =>
            c.at < trigger.start &&
            trigger.start - c.at <= ADJACENT_SUBJECT &&
            c.ref.entity_id !== null &&
            !targeted.includes(c) &&
            !objects.includes(c) &&
            !view.tokens.slice(c.at + 1, trigger.start).some((t) => CLAUSE_OPENER.test(t.norm)),
        )
    : undefined;
  // A group that claimed the incident did it: its claim outweighs a "by" that may belong to another clause.
  // "القوات … مدعومة بغارات من التحالف": the side its backers back acted, whatever the act's word order.
  const chosen =
    claimant ??
    agent ??
    backed ??
    owner ??
    adjacent ??
    subject ??
    before ??
    genitive ??
    advancing(frame, perpetrators) ??
    null;
  // "اشتبكت البيشمركة مع عناصر داعش لدى محاولتهم اقتحام القرى": the side that tried to storm started it,
  // though its fighters are named after the act as the harmed often are.
  const assailant =
    claimant || agent
      ? undefined
      : candidates.find(
          (c) =>
            c !== chosen &&
            (c.side === 'group' || c.side === 'forces') &&
            !c.site &&
            (attempted(view, c) || attemptOf(view, c)),
        );
  const actor1 = assailant ?? chosen ?? sharedSubject(frame, country);
  // «أعدم التنظيم 12 من عناصره»: a group that killed its own members harmed its own side.
  if (ownMembersHarmed(frame, actor1, candidates)) return { actor1, actor2: actor1, claimedBy };
  const rival = actor1 !== null && hasRival(frame, actor1, perpetrators);
  const actor2 =
    (assailant ? chosen : null) ??
    repeller(frame, perpetrators, actor1) ??
    targeted.find((c) => c !== actor1) ??
    // "… injured, a source at the Aleppo Police Command told SANA": counted near the toll, yet the teller.
    // "قتل 20 مقاتلا من المعارضة خلال هجوم شنوه": the assailant counted among the dead is not its target.
    victims.find((c) => !isInterlocutor(view, c) && c.ref.name !== assailant?.ref.name) ??
    // A post or position struck ("مواقع حزب العمال", "a police station") names the side it belongs to.
    candidates.find((c) => c.site && c.ref.name !== actor1?.ref.name) ??
    // «سقط شهيدا وهو يدافع عن وطنه»: one who fell defending his homeland was of its forces.
    (defendedHomeland(frame) ? impliedSide(frame, 'Military Forces of', country) : null) ??
    candidates.find((c) => c.side === 'civilian' && !isInterlocutor(view, c)) ??
    civilianTarget(frame) ??
    candidates.find(
      (c) =>
        c !== actor1 &&
        c.side === 'forces' &&
        c.at > (actor1?.at ?? -1) &&
        c.ref.name !== actor1?.ref.name &&
        !isInterlocutor(view, c) &&
        !rival,
    ) ??
    // "اشتباكات بين المقاومة الشعبية ومسلحين حوثيين": the other named side in the clause.
    (actor1 && !rival
      ? perpetrators.find(
          (c) => c.at > actor1.at && c.ref.entity_id !== null && c.ref.name !== actor1.ref.name,
        )
      : undefined) ??
    null;
  // "A Taliban commander was killed in clashes with Afghan forces": the side a passive's harmed faced struck.
  const harmed = actor1 ? undefined : victims.find((c) => passiveHarmed(view, c));
  if (harmed && actor2 && targeted.includes(actor2) && actor2.ref.name !== harmed.ref.name)
    return { actor1: actor2, actor2: harmed, claimedBy };
  if (!actor1) return { actor1: battleFoe(frame, victims, actor2) ?? null, actor2, claimedBy };
  return {
    actor1: actor1 && actor1.ref.name !== actor2?.ref.name && !rival ? actor1 : null,
    actor2,
    claimedBy,
  };
}

function pick(candidates: ActorCandidate[], side: ActorSide): ActorCandidate | null {
  return candidates.find((c) => c.side === side) ?? null;
}

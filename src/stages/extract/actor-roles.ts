/**
 * Gives an incident's sides their roles — the perpetrator (actor1), the target (actor2) and the group that
 * claimed it — by the family of the act: protesters march, police arrest, signatories agree, and every act of
 * violence is read by `violenceRoles`.
 */
import { displacedPeople } from './displaced-people.js';
import type { ActorRef } from '../../core/records.js';
import {
  actorCandidates,
  armedSide,
  partySide,
  sentenceWide,
  type ActorCandidate,
  type ActorSide,
} from './actor-finder.js';
import { asRioters, interveningForce, protestSubject } from './protest-sides.js';
import { findClaimant } from './claim-finder.js';
import { familyOf } from './act-families.js';
import type { Frame } from './frame-builder.js';
import { afterIncidentOpening } from './after-incident.js';
import { agentOf, brokeAgreement, partyToAccord, civilianTarget, rivalMobs, VEHICLE } from './role-clues.js';
import { jointSeconds } from './joint-sides.js';
import { arrestingGroup } from './arresting-group.js';
import { backing } from './backing-sides.js';
import { spokenAgainst } from './cue-targets.js';
import { sentResponders } from './sent-responders.js';
import { bombSquads } from './bomb-squads.js';
import { tellingSides } from './telling-sides.js';
import { areaHolders, placeUsers } from './bystanders.js';
import { isInterlocutor } from './interlocutor.js';
import { sideOfOtherAct } from './other-act-side.js';
import { beforePurpose } from './purpose-clause.js';
import { suspectedSides } from './suspected-sides.js';
import { impliedArrester } from './arrest-authority.js';
import { impliedSide } from './implied-side.js';
import { territoryRoles } from './ground-roles.js';
import { transferRoles } from './transfer-roles.js';
import { clauseBefore, violenceRoles } from './violence-roles.js';

/** The roles of one incident: who did it, to whom, and who claimed it. */
export interface Roles {
  actor1: ActorCandidate | null;
  actor2: ActorCandidate | null;
  claimedBy: ActorRef | null;
}

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
  // "… ended a truce between Ankara and the rebels": the parties to an accord told beside an act took no part
  // in it; an agreement's own frame keeps them.
  const accord = frame.family === 'agreement' || frame.family === 'change';
  const offered = given.filter(
    (c) => !suspected.includes(c) && (accord || !partyToAccord(frame.view, c)) && !sideOfOtherAct(frame, c),
  );
  const earlier = antecedent(frame, offered);
  if (earlier) return assignRoles(earlier, actorCandidates(earlier, country), country);
  // A backer ("مدعومة بغارات من التحالف") takes part in neither role, unless the frame is its strikes alone.
  // Read field by field: a rest pattern copied the clue into a fresh object, property by property.
  const clue = backing(frame, offered);
  const backers = clue.backers;
  const backed = clue.ownAct ? null : clue.backed;
  const candidates = clue.ownAct ? backers : offered.filter((c) => !backers.includes(c));
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
        // suspects were booked for rioting": the police who tell of a riot did not face it.
        actor2: rivalMobs(frame)
          ? rioters
          : (interveningForce(frame, candidates) ??
            pick(candidates, 'civilian') ??
            civilianTarget(frame, VEHICLE)),
        claimedBy,
      };
    }
    case 'arrest': {
      // "الاعتقالات التي قام بها الحوثيون": a side the text names as the doer arrested, whoever else is named.
      const doers = candidates.filter(armedSide);
      const arrester =
        agentOf(frame, doers) ?? pick(candidates, 'forces') ?? arrestingGroup(frame, candidates);
      // "بشبهة إلقاء الحجارة على طريق يستخدمه المستوطنون": a side named for a place it uses was not arrested,
      // nor one that only told of the arrest («أعلنت المقاومة أن الشرطة اعتقلت قياديا حوثيا»).
      const users = placeUsers(frame, candidates);
      const groups = candidates.filter(
        (c) =>
          c.side === 'group' &&
          c.ref.name !== arrester?.ref.name &&
          !users.includes(c) &&
          !isInterlocutor(frame.view, c),
      );
      return {
        actor1: arrester ?? impliedArrester(frame, country),
        // «قياديا حوثيا حاول الفرار … ألقت القبض على قيادي حوثي»: one side named twice is still one side.
        actor2: new Set(groups.map((c) => c.ref.name)).size === 1 ? groups[0] : null,
        claimedBy,
      };
    }
    case 'agreement':
    case 'change': {
      // "أعلنت قوات التحالف هدنة": announcing a truce or a pull-back is the act, so the speaker is its side.
      const sides = candidates.filter((c) => partySide(c) && !brokeAgreement(frame.view, c));
      return {
        actor1: sides[0] ?? null,
        actor2: sides.find((c) => c.ref.name !== sides[0]?.ref.name) ?? null,
        claimedBy,
      };
    }
    case 'transfer':
      return transferRoles(frame, candidates, claimedBy);
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
      // A clause that tells no side has none to set apart, and its seven readings are not made. Joined by
      // `concat`, not spread: a spread walks each list through its iterator.
      const left =
        told.length === 0
          ? told
          : areaHolders(own, told).concat(
              jointSeconds(own, told),
              spokenAgainst(own, told),
              sentResponders(own, told),
              bombSquads(own, told),
              tellingSides(own, told),
              displacedPeople(own, told),
            );
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
 * "طائرات تركية شنت هجوما …، وشمل القصف مناطق …": a definite trigger that names no side of its own refers
 * back to the incident its sentence told before it, and takes that incident's sides. Not one an "after"
 * names ("jets struck the camps after the bombing"): the clause before tells what followed it.
 */
function antecedent(frame: Frame, candidates: ActorCandidate[]): Frame | null {
  if (candidates.length > 0 || !frame.anaphoric || frame.from === 0) return null;
  if (afterIncidentOpening(frame.view, frame.triggers[0]) >= 0) return null;
  return clauseBefore(frame, (t) => familyOf(t.phrase.tag) === frame.family);
}

function pick(candidates: ActorCandidate[], side: ActorSide): ActorCandidate | null {
  return candidates.find((c) => c.side === side) ?? null;
}

import type { ActorRef } from '../../core/records.js';
import type { ActorCandidate, ActorSide } from './actor-finder.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import { hitSpan } from './sentence-view.js';

export interface Roles {
  actor1: ActorCandidate | null;
  actor2: ActorCandidate | null;
  claimedBy: ActorRef | null;
}

/** Tokens between a cue ("by", "نفذه", "على", "against") and the actor it introduces. */
const CUE_REACH = 3;
/** Tokens between a group and the words that say it claimed the incident ("داعش أعلن في بيان … المسؤولية"). */
const CLAIM_REACH = 10;
/** Tokens after the trigger within which a house, a market or a wedding is the incident's target. */
const CIVILIAN_REACH = 40;
/** Tokens between a trigger noun and the side it belongs to ("قصف للحوثيين", "raids by the coalition"). */
const GENITIVE_REACH = 4;
/** Tokens from a named side's first word to the Arabic verb it is the subject of (subject–verb order). */
const ADJACENT_SUBJECT = 4;
/** Tokens between an Arabic verb and its subject (verb–subject–object order). */
const SUBJECT_REACH = 3;

/**
 * Decides who did what to whom in a frame: the perpetrator (actor1), the target (actor2) and a group that
 * claimed the incident. Word order, "by"/"against" cues and the side of each candidate decide it.
 *
 * @example assignRoles(frame, candidates, country).actor1?.ref.name // 'Houthi Movement'
 */
export function assignRoles(
  frame: Frame,
  candidates: ActorCandidate[],
  country: { code: string; name: string } | null,
): Roles {
  const claimedBy = findClaim(frame, candidates);
  switch (frame.family) {
    case 'protest':
      return {
        actor1: pick(candidates, 'protesters') ?? implied(frame, 'Protesters', country),
        actor2: null,
        claimedBy,
      };
    case 'riot':
      return {
        actor1: pick(candidates, 'rioters') ?? implied(frame, 'Rioters', country),
        actor2: pick(candidates, 'forces') ?? pick(candidates, 'civilian'),
        claimedBy,
      };
    case 'arrest': {
      const groups = candidates.filter((c) => c.side === 'group');
      return {
        actor1: pick(candidates, 'forces') ?? implied(frame, 'Police Forces of', country),
        actor2: groups.length === 1 ? groups[0] : null,
        claimedBy,
      };
    }
    default:
      return violenceRoles(frame, candidates, claimedBy);
  }
}

function violenceRoles(frame: Frame, candidates: ActorCandidate[], claimedBy: ActorRef | null): Roles {
  const view = frame.view;
  const trigger = mainTrigger(frame);
  const victims = countedVictims(frame, candidates);
  const perpetrators = candidates.filter(
    (c) => c.side !== 'civilian' && c.side !== 'protesters' && !victims.includes(c) && !isSpeaker(view, c),
  );
  const after = (tag: string) =>
    perpetratorAfterCue(
      view.cues.filter((c) => c.phrase.tag === tag && c.start >= frame.from && c.end <= frame.to),
      candidates,
    );
  const targeted = after('target').filter((c) => c.at >= trigger.start);
  const agent = after('agent').find((c) => c.side !== 'civilian');
  const arabicVerb =
    /^[\u0600-\u06ff]/.test(view.tokens[trigger.start].norm) &&
    !/^(?:[وفب]?ال)/.test(view.tokens[trigger.start].norm);
  const subject = arabicVerb
    ? perpetrators.find(
        (c) => c.at >= trigger.end && c.at - trigger.end < SUBJECT_REACH && !targeted.includes(c),
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
  const before = [...perpetrators]
    .reverse()
    .find((c) => c.at < trigger.start && !targeted.includes(c) && (subjectFirst || c.ref.entity_id !== null));
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
            !targeted.includes(c),
        )
    : undefined;
  const actor1 =
    agent ?? adjacent ?? subject ?? before ?? genitive ?? (claimedBy ? fromClaim(claimedBy) : null);
  const rival = actor1 !== null && hasRival(frame, actor1, perpetrators);
  const actor2 =
    targeted.find((c) => c !== actor1) ??
    victims[0] ??
    candidates.find((c) => c.side === 'civilian') ??
    civilianTarget(frame) ??
    candidates.find(
      (c) =>
        c !== actor1 &&
        c.side === 'forces' &&
        c.at > (actor1?.at ?? -1) &&
        c.ref.name !== actor1?.ref.name &&
        !isSpeaker(view, c) &&
        !rival,
    ) ??
    // "اشتباكات بين المقاومة الشعبية ومسلحين حوثيين": the other named side in the clause.
    (actor1 && !rival
      ? perpetrators.find(
          (c) => c.at > actor1.at && c.ref.entity_id !== null && c.ref.name !== actor1.ref.name,
        )
      : undefined) ??
    null;
  return {
    actor1: actor1 && actor1.ref.name !== actor2?.ref.name && !rival ? actor1 : null,
    actor2,
    claimedBy,
  };
}

/** Tokens between two sides the text offers as alternatives ("the regime or Russian jets"). */
const RIVAL_REACH = 4;

/** The text names rival perpetrators or doubts: "Syrian regime or Russian jets", "النظام أو روسيا". */
function hasRival(frame: Frame, actor1: ActorCandidate, perpetrators: ActorCandidate[]): boolean {
  const tokens = frame.view.tokens;
  return perpetrators.some((c) => {
    if (c === actor1 || c.ref.name === actor1.ref.name || Math.abs(c.at - actor1.at) > RIVAL_REACH)
      return false;
    const [from, to] = c.at > actor1.at ? [actor1.at, c.at] : [c.at, actor1.at];
    return tokens.slice(from + 1, to).some((t) => /^(?:or|او|أو|either)$/i.test(t.norm));
  });
}

/** Verbs of saying: the side right after one ("أفاد الجيش التركي بأن …") reports the incident. */
const SPEECH_VERB =
  /^[وف]?(?:قال|قالت|افاد|افادت|اعلن|اعلنت|ذكر|ذكرت|اكد|اكدت|اوضح|اوضحت|اضاف|اضافت|صرح|صرحت|نقل|نقلت|بحسب|حسب|وفق)$/;

/** The side that tells of the incident, not the side that did it: "أفاد الجيش بأن", "police said". */
function isSpeaker(view: Frame['view'], c: ActorCandidate): boolean {
  if (SPEECH_VERB.test(view.tokens[c.at - 1]?.norm ?? '')) return true;
  const after = view.tokens.slice(c.at + 1, c.at + 6).map((t) => t.norm.toLowerCase());
  return /^(?:said|says|told|announced|reported|stated|confirmed)$/.test(
    after.find(
      (w) => /^[a-z]+$/.test(w) && !/^(?:forces|force|of|the|army|police|spokesman|sources?)$/.test(w),
    ) ?? '',
  );
}

/** Sides named in a casualty count ("two police officers were killed", "مقتل جنديين"): victims, not perpetrators. */
function countedVictims(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  const counted = frame.view.quantities.filter((q) => q.role === 'killed' || q.role === 'injured');
  return candidates.filter((c) =>
    counted.some((q) => {
      const span = c.ref.spans[0];
      const around: [number, number] = [q.span[0], Math.max(q.span[1], q.nounSpan?.[1] ?? 0) + 24];
      return span[0] >= around[0] && span[0] <= around[1] && c.ref.entity_id === null;
    }),
  );
}

/** Victims the clause marks as civilian by the target (a market, a house) or the counted (12 civilians). */
function civilianTarget(frame: Frame): ActorCandidate | null {
  const view = frame.view;
  const from = mainTrigger(frame).start;
  const cue = view.cues.find(
    (c) =>
      c.phrase.tag === 'civilian' && c.start >= from && c.start < Math.min(frame.to, from + CIVILIAN_REACH),
  );
  const counted = view.quantities.find(
    (q) => q.noun === 'civilians' || q.noun === 'children' || q.noun === 'women',
  );
  const span = cue ? hitSpan(view, cue) : counted ? (counted.nounSpan ?? counted.span) : null;
  if (!span) return null;
  return {
    ref: { name: 'Civilians', entity_id: null, spans: [span] },
    side: 'civilian',
    at: cue?.start ?? 0,
    country: null,
  };
}

/** Candidates that stand within a few tokens after a cue. */
function perpetratorAfterCue(cues: { end: number }[], candidates: ActorCandidate[]): ActorCandidate[] {
  return candidates.filter((c) => cues.some((cue) => c.at >= cue.end && c.at - cue.end <= CUE_REACH));
}

function pick(candidates: ActorCandidate[], side: ActorSide): ActorCandidate | null {
  return candidates.find((c) => c.side === side) ?? null;
}

/** A side the trigger itself names: a protest implies protesters, an arrest the police. */
function implied(
  frame: Frame,
  prefix: string,
  country: { code: string; name: string } | null,
): ActorCandidate | null {
  if (!country) return null;
  const name = prefix.endsWith('of') ? `${prefix} ${country.name}` : `${prefix} (${country.name})`;
  const span = hitSpan(frame.view, frame.triggers[0]);
  return {
    ref: { name, entity_id: null, spans: [span] },
    side: 'forces',
    at: frame.triggers[0].start,
    country: country.code,
  };
}

/** A group named next to a claim of responsibility ("تبنى تنظيم داعش", "IS claimed responsibility"). */
function findClaim(frame: Frame, candidates: ActorCandidate[]): ActorRef | null {
  const claims = frame.view.cues.filter((c) => c.phrase.tag === 'claim');
  for (const claim of claims) {
    const group = candidates
      .filter(
        (c) =>
          c.side === 'group' &&
          Math.min(Math.abs(c.at - claim.end), Math.abs(claim.start - c.at)) <= CLAIM_REACH,
      )
      .sort((a, b) => Math.abs(a.at - claim.start) - Math.abs(b.at - claim.start))[0];
    if (group) return { ...group.ref, spans: [...group.ref.spans, hitSpan(frame.view, claim)] };
  }
  return null;
}

function fromClaim(ref: ActorRef): ActorCandidate {
  return { ref, side: 'group', at: -1, country: null };
}

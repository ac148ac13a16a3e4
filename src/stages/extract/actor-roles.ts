import type { ActorRef } from '../../core/records.js';
import {
  actorCandidates,
  asRioters,
  CUE_REACH,
  protestSubject,
  sentenceWide,
  targetsAfterCue,
  type ActorCandidate,
  type ActorSide,
} from './actor-finder.js';
import { findClaim } from './claim-finder.js';
import { familyOf, mainTrigger, type Frame } from './frame-builder.js';
import { hitSpan, tokenAt } from './sentence-view.js';

export interface Roles {
  actor1: ActorCandidate | null;
  actor2: ActorCandidate | null;
  claimedBy: ActorRef | null;
}

/** Tokens between "by" and the side it names ("fired by terrorists of the so-called Jaish al-Fateh"). */
const AGENT_REACH = 6;
/**
 * Arabic words that introduce the side whose act it was: its fire ("برصاص قناص", "بنيران قوات النظام") or
 * the side the incident is attributed to ("نسبته السلطات إلى التمرد الكردي", "نُسب لتنظيم داعش"). An
 * attribution names the perpetrator; it is not a claim.
 */
const AGENT_WORD = /^[وف]?(?:ب?(?:رصاص|نيران)|نسب|نسبت|نسبته|نسبها|ينسب|تنسب)$/;
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
  const earlier = antecedent(frame, candidates);
  if (earlier) return assignRoles(earlier, actorCandidates(earlier, country), country);
  const claimedBy = findClaim(frame, candidates);
  switch (frame.family) {
    case 'protest':
      return {
        actor1:
          pick(candidates, 'protesters') ??
          protestSubject(frame, country) ??
          pick(sentenceWide(frame, country), 'protesters') ??
          implied(frame, 'Protesters', country),
        actor2: null,
        claimedBy,
      };
    case 'riot': {
      const rioters =
        pick(candidates, 'rioters') ??
        asRioters(pick(sentenceWide(frame, country), 'protesters'), country) ??
        implied(frame, 'Rioters', country);
      return {
        actor1: rioters,
        // "mobs of different communities clashed": rival mobs are rioters on both sides.
        actor2: rivalMobs(frame)
          ? rioters
          : (pick(candidates, 'forces') ?? pick(candidates, 'civilian') ?? civilianTarget(frame, VEHICLE)),
        claimedBy,
      };
    }
    case 'arrest': {
      const groups = candidates.filter((c) => c.side === 'group');
      return {
        actor1: pick(candidates, 'forces') ?? implied(frame, 'Police Forces of', country),
        actor2: groups.length === 1 ? groups[0] : null,
        claimedBy,
      };
    }
    case 'agreement':
    case 'change': {
      // "أعلنت قوات التحالف هدنة": announcing a truce or a pull-back is the act, so the speaker is its side.
      const sides = candidates.filter((c) => c.side === 'group' || (c.side === 'forces' && !c.site));
      return {
        actor1: sides[0] ?? null,
        actor2: sides.find((c) => c.ref.name !== sides[0]?.ref.name) ?? null,
        claimedBy,
      };
    }
    case 'territory': {
      // "سيطروا على مديرية القفر عقب مواجهات أسفرت عن مصرع 26 حوثيا": who lost the ground is often told in
      // the clause after the one that took it.
      const roles = violenceRoles(frame, candidates, claimedBy);
      const after = mainTrigger(frame).end;
      roles.actor2 ??=
        sentenceWide(frame, country).find(
          (c) => c.at >= after && c.ref.entity_id !== null && c.ref.name !== roles.actor1?.ref.name,
        ) ?? null;
      return roles;
    }
    default:
      return violenceRoles(frame, candidates, claimedBy);
  }
}

/**
 * "طائرات تركية شنت هجوما …، وشمل القصف مناطق …": a definite trigger that names no side of its own refers
 * back to the incident its sentence told before it, and takes that incident's sides.
 */
function antecedent(frame: Frame, candidates: ActorCandidate[]): Frame | null {
  if (candidates.length > 0 || !frame.anaphoric || frame.from === 0) return null;
  const triggers = frame.view.triggers.filter(
    (t) => t.end <= frame.from && familyOf(t.phrase.tag) === frame.family,
  );
  return triggers.length > 0 ? { ...frame, triggers, from: 0, to: frame.from, anaphoric: false } : null;
}

function violenceRoles(frame: Frame, candidates: ActorCandidate[], claimedBy: ActorRef | null): Roles {
  const view = frame.view;
  const trigger = mainTrigger(frame);
  const victims = victimsOf(frame, candidates);
  const claimant = claimedBy ? candidates.find((c) => c.ref.spans[0] === claimedBy.spans[0]) : undefined;
  const perpetrators = candidates.filter(
    (c) =>
      c === claimant ||
      (c.side !== 'civilian' &&
        c.side !== 'protesters' &&
        !c.site &&
        !victims.includes(c) &&
        !isSpeaker(view, c)),
  );
  const targeted = [
    ...targetsAfterCue(
      frame,
      view.cues.filter((c) => c.phrase.tag === 'target' && c.start >= frame.from && c.end <= frame.to),
      candidates,
    ).filter((c) => c.at >= trigger.start && !isSpeaker(view, c)),
    ...exposed(frame, candidates),
  ];
  const agent = agentOf(frame, perpetrators);
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
  // A group that claimed the incident did it: its claim outweighs a "by" that may belong to another clause.
  const actor1 = claimant ?? agent ?? adjacent ?? subject ?? before ?? genitive ?? null;
  const rival = actor1 !== null && hasRival(frame, actor1, perpetrators);
  const actor2 =
    targeted.find((c) => c !== actor1) ??
    victims[0] ??
    // A post or position struck ("مواقع حزب العمال", "a police station") names the side it belongs to.
    candidates.find((c) => c.site && c.ref.name !== actor1?.ref.name) ??
    candidates.find((c) => c.side === 'civilian' && !isSpeaker(view, c)) ??
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

const SPEECH_EN = /^(?:said|says|told|announced|reported|stated|confirmed|added|learned|noted|quoted)$/;
/** Tokens from a speaker's name to its verb ("Quneitra Police Command told", "the army spokesman said"). */
const SPEAKER_REACH = 5;

/** The side that tells of the incident, not the side that did it: "أفاد الجيش بأن", "police said". */
function isSpeaker(view: Frame['view'], c: ActorCandidate): boolean {
  if (SPEECH_VERB.test(view.tokens[c.at - 1]?.norm ?? '')) return true;
  // "a source in the Kurdish Asayesh security forces told AFP": a verb of saying follows before any
  // incident word does.
  const verb = view.tokens
    .slice(c.at + 1, c.at + 1 + SPEAKER_REACH)
    .findIndex((t) => SPEECH_EN.test(t.norm.toLowerCase()));
  return verb >= 0 && !view.triggers.some((t) => t.start > c.at && t.start <= c.at + 1 + verb);
}

/** Characters after a count in which a common noun names the counted ("two of the police officers"). */
const COUNT_NOUN_REACH = 24;
/** "a Fatah official", "القيادي في حركة فتح", "عدد من مسلحي الحوثي": a member of a side, named after the act. */
const MEMBER =
  /^(?:member|members|official|officials|leader|leaders|commander|commanders|fighters|militants|قيادي|القيادي|قياديا|قياديين|عضو|عضوا|اعضاء|عناصر|مسلحي|مقاتلي)$/;
/** Tokens from a member word to the side it belongs to ("أعضاء في تنظيم القاعدة"). */
const MEMBER_REACH = 2;

/**
 * Sides the clause names as the harmed: those in a casualty count ("two police officers were killed",
 * "مقتل جنديين", "26 حوثيا") and members of a side named after the act ("اغتيل … القيادي في حركة فتح").
 */
function victimsOf(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  const view = frame.view;
  const counted = view.quantities.filter((q) => q.role === 'killed' || q.role === 'injured');
  const trigger = mainTrigger(frame);
  return candidates.filter((c) => {
    // "killed in government air strikes": a side right before the weapon is whose weapon it was.
    const end = tokenAt(view, c.ref.spans[0][1]);
    if (view.triggers.some((t) => t.start === end)) return false;
    const member =
      c.at >= trigger.end &&
      c.side === 'group' &&
      view.tokens
        .slice(Math.max(trigger.end, c.at - MEMBER_REACH), c.at)
        .some((t) => MEMBER.test(t.norm.toLowerCase()));
    // A named side is counted only as the counted noun itself ("26 حوثيا"); a common noun may follow it.
    const inCount = counted.some((q) => {
      const start = c.ref.spans[0][0];
      const end =
        Math.max(q.span[1], q.nounSpan?.[1] ?? 0) +
        (c.ref.entity_id === null || c.side === 'forces' ? COUNT_NOUN_REACH : 1);
      return start >= q.span[0] && start <= end;
    });
    return member || inCount;
  });
}

/** Stones thrown at buses and trains in a riot hit property, not people the text marks as civilians. */
const VEHICLE = /^(?:bus|buses|train|trains|حافله|حافلات|الحافلات)$/;

/**
 * Victims the clause marks as civilian by the target (a market, a house) or the counted (12 civilians);
 * targets whose words `skip` matches do not count.
 */
function civilianTarget(frame: Frame, skip?: RegExp): ActorCandidate | null {
  const view = frame.view;
  const trigger = mainTrigger(frame).start;
  // "six houses were set ablaze": a passive verb's target stands before it.
  const passive = /^(?:was|were|been|being)$/.test(view.tokens[trigger - 1]?.norm.toLowerCase() ?? '');
  const from = passive ? frame.from : trigger;
  const cue = view.cues.find(
    (c) =>
      c.phrase.tag === 'civilian' &&
      c.start >= from &&
      c.start < Math.min(frame.to, trigger + CIVILIAN_REACH) &&
      !skip?.test(c.phrase.words.join(' ')),
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

/**
 * The side a passive or a weapon's owner names: "carried out by an Islamist brigade", "على يد داعش",
 * "برصاص قوات الأمن": the first side within reach after the cue.
 */
function agentOf(frame: Frame, perpetrators: ActorCandidate[]): ActorCandidate | undefined {
  const view = frame.view;
  const cues = view.cues
    .filter((c) => c.phrase.tag === 'agent' && c.start >= frame.from && c.end <= frame.to)
    .map((c) => c.end);
  view.tokens.forEach((t, i) => {
    if (i >= frame.from && i < frame.to && AGENT_WORD.test(t.norm)) cues.push(i + 1);
  });
  for (const end of cues) {
    const found = perpetrators.find((c) => c.at >= end && c.at - end <= AGENT_REACH);
    if (found) return found;
  }
  return undefined;
}

/** "تعرضت دورية للقوات الأمريكية لهجوم": what "was exposed to" the incident is its target. */
const EXPOSED = /^[وف]?(?:تعرض|تعرضت|يتعرض|تتعرض)$/;

function exposed(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  const tokens = frame.view.tokens;
  return candidates.filter((c) =>
    tokens.slice(Math.max(frame.from, c.at - CUE_REACH), c.at).some((t) => EXPOSED.test(t.norm)),
  );
}

/** Words that set two mobs against each other ("mobs of different communities", "الطائفتين"). */
const RIVALS = /^(?:communities|rival|الطائفتين|طائفتين|العشيرتين|عشيرتين|متناحرتين)$/;

function rivalMobs(frame: Frame): boolean {
  return frame.view.tokens.some((t) => RIVALS.test(t.norm.toLowerCase()));
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

/**
 * The roles of an act of violence — the perpetrator and the target the clause tells — and of a verb that
 * shares the subject of the clause before it. `assignRoles` hands every act not told by its own family's
 * rules (protest, riot, arrest, agreement) to `violenceRoles`.
 */
import { investigates } from './investigators.js';
import { protects } from './protectors.js';
import { livesThere } from './inhabitants.js';
import { actorRef } from '../../core/record-refs.js';
import { actorCandidates, armedSide, CUE_REACH, renamed, type ActorCandidate } from './actor-finder.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import { reframed } from './frame-window.js';
import { advancing, agentOf, attempted, civilianTarget, exposed, relativeAntecedent } from './role-clues.js';
import { objectsAfterNamelessSubject, objectsAfterOpenedSubject, verbObjects } from './verb-objects.js';
import { ARABIC_DEFINITE, ARABIC_PREPOSITION, ARABIC_WORD, OBLIQUE_PLURAL } from './arabic-particles.js';
import { attemptOf } from './attempt-of.js';
import { harmedBeforeFrame, passiveHarmed } from './passive-harm.js';
import { victimsOf } from './victims.js';
import { hasRival } from './rival-sides.js';
import { afterCampaign, targetsAfterCue } from './cue-targets.js';
import { isInterlocutor } from './interlocutor.js';
import { englishPredicate } from './english-predicate.js';
import { tokenAt } from './sentence-view.js';
import { impliedSide } from './implied-side.js';
import { foughtItOff, repeller } from './repelled-attack.js';
import { battleFoe } from './battle-sides.js';
import { isBattle } from './battle-tolls.js';
import { sidesBetween } from './between-sides.js';
import { joinedVerb } from './joined-verb.js';
import { ownMembersHarmed } from './own-members.js';
import { defendedHomeland } from './homeland-defender.js';
import { doersSought } from './sought-doers.js';
import type { Roles } from './actor-roles.js';
import { namesWeaponMake } from './weapon-make.js';
import { abductedSides } from './abducted-sides.js';
import { inGuise } from './disguise-words.js';
import { blowsReceived } from './directed-blows.js';
import { memberInDescription } from './member-clause.js';
import { operationOwner } from './operation-owner.js';

/** Tokens between a trigger noun and the side it belongs to ("قصف للحوثيين", "raids by the coalition"). */
const GENITIVE_REACH = 4;
/** Tokens from a named side's first word to the Arabic verb it is the subject of (subject–verb order). */
const ADJACENT_SUBJECT = 4;
/** Tokens between an Arabic verb and its subject (verb–subject–object order). */
const SUBJECT_REACH = 3;
/**
 * Words that open a new clause: a side told before one ("… مخابئ لقوات داعش، كما قصفت المدفعية التركية")
 * is not the subject of the verb after it.
 */
const CLAUSE_OPENER = /^(?:كما|فيما|بينما|حيث|ثم|عندما|حين|بعدما)$/;
/** An Arabic past verb with the ending of a plural subject («هاجموا»). */
const PLURAL_PAST = /^[\u0600-\u06ff]+وا$/;
/** The same, of three letters or more before the ending. */
const PLURAL_PAST_VERB = /^[\u0600-\u06ff]{3,}وا$/;
/** What comes right before an Arabic verb told after its subject: the subject's last word, «قد», «أنه». */
const AFTER_ITS_SUBJECT = /^(?:[وف]?ال[\u0600-\u06ff]{2,}|[وف]?(?:قد|لقد|انه|انها|انهم))$/;

/**
 * "شن تنظيم داعش هجوما …، وسيطر على قرية …": an Arabic verb joined by "و" or "ف", or one whose plural
 * ending is its only subject ("بعد أن سيطروا"), that names no subject of its own shares the subject of the
 * clause before it in the sentence.
 */
function sharedSubject(frame: Frame, country: { code: string; name: string } | null): ActorCandidate | null {
  // A frame opening its sentence (nine in ten) has no clause before it: its verb is not read.
  if (frame.from === 0) return null;
  const verb = frame.triggers[0];
  const word = frame.view.tokens[verb.start].norm;
  const joined = joinedVerb(frame.view, verb);
  // "متشددو التنظيم خطفوا … بعد أن سيطروا على المدينة": a plural verb names its subject only by its ending.
  const pronoun = PLURAL_PAST.test(word) && !ARABIC_DEFINITE.test(word);
  const english = englishPredicate(frame, country);
  if (!(joined || pronoun || english)) return null;
  const before = clauseBefore(frame, () => true, 'violence');
  const subject = before && violenceRoles(before, actorCandidates(before, country), null, country).actor1;
  // An English subject stands before the act it did first ("forces after hours of clashes captured").
  return english && subject && subject.at > before.triggers[0].start ? null : subject;
}

/** The words of the sentence before the frame, as a frame of the triggers there that `keep` takes. */
export function clauseBefore(
  frame: Frame,
  keep: (trigger: Frame['triggers'][number]) => boolean,
  family = frame.family,
): Frame | null {
  const triggers = frame.view.triggers.filter((t) => t.end <= frame.from && keep(t));
  return triggers.length > 0 ? reframed(frame, 0, frame.from, triggers, family, false) : null;
}

/** "rebels fired Russian rockets at the town": a side named as the make of a weapon others used. */
function madeBy(frame: Frame, c: ActorCandidate): boolean {
  return namesWeaponMake(frame.view, frame.triggers, c.at, tokenAt(frame.view, c.ref.spans[0][1]));
}

/** A claimant named before the frame, by its name's words alone (not the claim's). */
function namedBefore(claim: ActorCandidate): ActorCandidate {
  return renamed(claim, actorRef(claim.ref.name, claim.ref.entity_id, [claim.ref.spans[0]], claim.ref.basis));
}

/** "Venezuela's", "the rebels'": an English possessive ending kept on a name's last word. */
const POSSESSIVE_END = /(?:['’]s|s['’])$/;
/** The same ending told as a token of its own. */
const POSSESSIVE_MARK = /^(?:['’]s?)$/;

/** Whether the English side `c` is named in the possessive ("Bolivia's president"): the owner of what follows. */
function inPossessive(view: Frame['view'], c: ActorCandidate): boolean {
  const end = c.ref.spans[0][1];
  const last = tokenAt(view, end - 1);
  // A name whose span ends past every token ("… the Haqqani Network (HN)." at the sentence's end: its span
  // takes the closing bracket) has nothing after it to be a possessive.
  if (last === view.tokens.length) return false;
  if (view.tokens[last].span[1] > end) return POSSESSIVE_END.test(view.tokens[last].norm);
  return POSSESSIVE_MARK.test(view.tokens[last + 1]?.norm ?? '');
}

/**
 * "the kidnapping of two Malian soldiers", "the assassination of a Hamas commander": the side after an
 * English act's "of" is whom the act befell (one that did it is told by "by").
 */
function ofObjects(
  frame: Frame,
  trigger: Frame['triggers'][number],
  perpetrators: ActorCandidate[],
): ActorCandidate[] {
  const of = frame.view.tokens[trigger.end - 1].norm === 'of' ? trigger.end - 1 : trigger.end;
  if (frame.view.tokens[of]?.norm !== 'of') return [];
  return perpetrators.filter((c) => c.at > of && c.at - of <= GENITIVE_REACH);
}

/**
 * Who struck and who was struck in an act of violence (attack, battle, strike, abduction): a claimant or a
 * "by" first, then word order (Arabic verb–subject, subject–verb, English subject first), the sides a cue
 * names as the target, the harmed counted, and the sides a clue sets apart (backers, interlocutors, rivals).
 *
 * @example violenceRoles(frame, candidates, null, country).actor1?.ref.name // 'Houthi Movement'
 */
export function violenceRoles(
  frame: Frame,
  offered: ActorCandidate[],
  claim: ActorCandidate | null,
  country: { code: string; name: string } | null,
  backed: ActorCandidate | null = null,
): Roles {
  const view = frame.view;
  const trigger = mainTrigger(frame);
  const victims = victimsOf(frame, offered);
  // "Police investigating the bombing", «الجيش يحمي القرويين بعدما تعرضوا لهجوم»: those who look into the act
  // or guard its victims, or live where it befell («قرية يقطنها مواطنون»), did not do it, nor suffered it unless
  // the clause says they were harmed ("soldiers investigating the blast were wounded").
  // "rebels fired Russian rockets": the weapon's make is neither side, nor the force whose dress they wore,
  // nor a member named to describe a coalition ("the Army of Conquest an alliance that includes Nusra").
  const candidates = offered.filter(
    (c) =>
      (victims.includes(c) ||
        (!investigates(view, c, trigger) && !protects(view, c, trigger) && !livesThere(view, c.at))) &&
      !madeBy(frame, c) &&
      !inGuise(view, c) &&
      !memberInDescription(frame, c, offered),
  );
  const claimedBy = claim?.ref ?? null;
  // The claimant as the frame knows it, or as named before the frame ("… وتبناه التنظيم").
  const claimant = claim
    ? (candidates.find((c) => c.ref.spans[0] === claim.ref.spans[0]) ?? namedBefore(claim))
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
  // "the assassination of a Hamas commander angered residents": whom the act befell comes first.
  // Joined by `concat`, not spread: a spread walks each list through its iterator.
  const targeted = ofObjects(frame, trigger, perpetrators).concat(
    targetsAfterCue(
      frame,
      targetCues.filter((c) => c.start >= frame.from),
      candidates,
    ).filter((c) => c.at >= trigger.start && !isInterlocutor(view, c)),
    exposed(frame, candidates),
    verbObjects(frame, perpetrators),
    objectsAfterOpenedSubject(frame, trigger, perpetrators),
    trigger.phrase.pos === 'verb' ? objectsAfterNamelessSubject(frame, trigger, perpetrators) : [],
    abductedSides(frame, perpetrators),
    blowsReceived(frame, perpetrators),
  );
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
    ARABIC_WORD.test(view.tokens[trigger.start].norm) &&
    !ARABIC_DEFINITE.test(view.tokens[trigger.start].norm);
  // "أن متمردي الحزب، المصنف …، هاجموا عناصر من قوات الأمن": a verb whose plural ending is its subject
  // takes the side after it as its object.
  const pronounSubject = PLURAL_PAST_VERB.test(view.tokens[trigger.start].norm);
  // «الجيش هاجم المتمردين»: a plural in the accusative right after a verb told after its subject is its
  // object. Further on it may be a genitive («قصف مسلحي الحوثيين»), and a word such as «قصف» may be a verbal
  // noun whose genitive is its doer («في قصف المتمردين»), which no subject or «قد» comes before.
  const objectOfVerb = (c: ActorCandidate) =>
    trigger.phrase.pos === 'verb' &&
    c.at === trigger.end &&
    OBLIQUE_PLURAL.test(view.tokens[c.at].norm) &&
    AFTER_ITS_SUBJECT.test(view.tokens[trigger.start - 1]?.norm ?? '');
  const subject =
    arabicVerb && !pronounSubject
      ? perpetrators.find(
          (c) =>
            c.at >= trigger.end &&
            c.at - trigger.end < SUBJECT_REACH &&
            !targeted.includes(c) &&
            !objectOfVerb(c) &&
            !view.tokens.slice(trigger.end, c.at).some((t) => ARABIC_PREPOSITION.test(t.norm)),
        )
      : undefined;
  // Subject before the trigger: English word order, or an Arabic verb after its subject; an Arabic
  // verbal noun ("بإطلاق نيران") takes its agent after it, never before.
  const arabic = ARABIC_WORD.test(view.tokens[trigger.start].norm);
  const last = view.tokens[trigger.end - 1].norm;
  // "هجومها": a verbal noun with a possessive pronoun points back to a side named before it.
  const possessive = /(?:ها|هم|هما)$/.test(last) && !/(?:ها|هم|هما)$/.test(trigger.phrase.words.at(-1)!);
  const subjectFirst =
    !arabic ||
    possessive ||
    (trigger.phrase.pos === 'verb' && !ARABIC_DEFINITE.test(view.tokens[trigger.start].norm));
  // A named group or force before an Arabic verbal noun is still most often its agent ("داعش … هجوما").
  // "شن داعش هجوما ضد مقاتلين من المعارضة … وسيطر على": a side told as the object of an earlier act in
  // the clause is not the subject of this one.
  // "Rebels raided a checkpoint": an English trigger phrase that opens with its doer ("rebels raided") holds
  // its subject.
  const headsTrigger = (c: ActorCandidate) =>
    !arabic && c.at === trigger.start && tokenAt(view, c.ref.spans[0][1]) < trigger.end;
  // "police combed the hills for those responsible for the bombing": the doers sought did it. Read when a side
  // is weighed as the subject: two clauses in five offer none.
  let sought: boolean | undefined;
  const subjectBefore = (c: ActorCandidate) =>
    !(sought ??= doersSought(view, trigger.start)) &&
    (c.at < trigger.start || headsTrigger(c)) &&
    !targeted.includes(c) &&
    !objects.includes(c) &&
    !relativeAntecedent(frame, c, trigger, perpetrators) &&
    (subjectFirst || c.ref.entity_id !== null);
  const nearest = perpetrators.findLast(subjectBefore);
  // "troops fought guerrillas on Sunday, killing six rebels": a side the clause counts among the harmed, told
  // after another, is that one's foe, not its act's subject.
  const harmedSide = !arabic && nearest && victims.some((v) => v.ref.name === nearest.ref.name);
  const before =
    (harmedSide &&
      perpetrators.findLast(
        (c) => c.at < nearest.at && c.ref.name !== nearest.ref.name && subjectBefore(c),
      )) ||
    nearest;
  // "Syrian government shelling of a town", "US air strikes on the stronghold": an English side right before
  // the weapon is whose weapon it was, whatever cue ("killed on Sunday in") may stand before it.
  const owner = arabic
    ? undefined
    : (perpetrators.find((c) =>
        frame.triggers.some((t) => t.phrase.tag !== '@kill' && t.start === tokenAt(view, c.ref.spans[0][1])),
      ) ?? operationOwner(view, perpetrators));
  // "drones were flown at Bolivia's president": a side in the possessive owns the target.
  // «أن مسلحين هاجموا الجنود»: a verb whose plural ending is its subject has the side after it as its object,
  // as has a verb whose object's ending shows it («هاجم المتمردين»).
  const genitive = perpetrators.find(
    (c) =>
      !pronounSubject &&
      c.at >= trigger.end &&
      c.at - trigger.end < GENITIVE_REACH &&
      !targeted.includes(c) &&
      !objectOfVerb(c) &&
      (arabic || !inPossessive(view, c)),
  );
  // "عناصر داعش هاجمت قطعات عسكرية": a named side just before an Arabic verb is its subject (SVO), and
  // the side after the verb is then its object.
  const adjacent = arabicVerb
    ? perpetrators.findLast(
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
  // "اشتبكت البيشمركة مع مسلحي داعش لدى محاولتهم التسلل إلى القرى": the side that tried to storm started it,
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
  // "the army repelled an attack on its positions": the side that fought the act off did not do it.
  const doer =
    chosen && chosen !== claimant && chosen !== agent && foughtItOff(frame, chosen) ? null : chosen;
  const actor1 = assailant ?? doer ?? sharedSubject(frame, country);
  // «أعدم التنظيم 12 من عناصره»: a group that killed its own members harmed its own side.
  if (ownMembersHarmed(frame, actor1, candidates)) return { actor1, actor2: actor1, claimedBy };
  const rival = actor1 !== null && hasRival(frame, actor1, perpetrators);
  const actor2 =
    (assailant ? chosen : null) ??
    repeller(frame, perpetrators, actor1) ??
    targeted.find((c) => c !== actor1) ??
    // "… wounded, a source at the Homs Police Command told SANA": counted near the toll, yet the teller.
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
        !foughtItOff(frame, c) &&
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
  // "A guerrilla was shot dead in clashes with troops": a clash's harmed may be told before the frame's words,
  // and the armed side the frame names is then the one it faced.
  const harmedHere = actor1 ? undefined : victims.find((c) => passiveHarmed(view, c));
  const toldBefore =
    actor1 || harmedHere || !isBattle(trigger) ? undefined : harmedBeforeFrame(frame, country);
  const harmed = harmedHere ?? toldBefore;
  // "two policemen were hurt as gunmen shot at a checkpoint": a post struck struck no one; the
  // harmed were the target.
  const faced =
    actor2 !== null && (targeted.includes(actor2) || (toldBefore !== undefined && armedSide(actor2)));
  if (harmed && actor2 && faced && actor2.ref.name !== harmed.ref.name)
    return { actor1: actor2.site ? null : actor2, actor2: harmed, claimedBy };
  if (!actor1) return { actor1: battleFoe(frame, victims, actor2) ?? null, actor2, claimedBy };
  return {
    actor1: actor1 && actor1.ref.name !== actor2?.ref.name && !rival ? actor1 : null,
    actor2,
    claimedBy,
  };
}

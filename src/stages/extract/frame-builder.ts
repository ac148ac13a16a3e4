import type { Span } from '../../core/span.js';
import { answerBoundary, answered, answeredTokens, withoutAnswered } from './answered-acts.js';
import { truceAsideEnd } from './truce-aside.js';
import { afterOpening, ALSO, cut, killedThereinOpening, meanwhileBetween } from './clause-cut.js';
import { reach, type PhraseHit } from './phrase-matcher.js';
import { isBattle, killedInBattle, tollClauseStart } from './battle-tolls.js';
import { daysAfter, daysAfterBoundary } from './days-after.js';
import { alludedGround } from './planned-acts.js';
import { perfectGround } from './perfect-ground.js';
import { hitSpan, markBefore, tokenAt, type SentenceView } from './sentence-view.js';
import { CLAUSE_BREAK, frontedAndClosed, governing } from './cue-scope.js';
import { toldOutcome } from './told-outcome.js';
import { assertedTriggers } from './trigger-gate.js';
import { isInstrument } from './instrument-weapons.js';
import { relativeHost } from './relative-host.js';
import { familyOf, type Family } from './act-families.js';
import { isDefinite } from './definite-triggers.js';
import { standingCaptivity } from './standing-captivity.js';
import { pastDroppedClause } from './dropped-clause.js';

/** One incident told by one clause: its triggers and the token window its arguments are sought in. */
export interface Frame {
  view: SentenceView;
  family: Family;
  triggers: PhraseHit[];
  /** Token window `[from, to)` of the sentence that belongs to this frame. */
  from: number;
  to: number;
  /** The clause refers to an earlier incident as a comparison or background. */
  background: boolean;
  /** The words that say so. */
  backgroundSpan: Span | null;
  /** Every trigger is a definite noun ("the attack", "الهجوم"): it may refer back to an incident told before. */
  anaphoric: boolean;
}

/**
 * Families that may share a clause with violence and become one incident (a mob that burns and stabs).
 * Protests stay apart: a march and the assault on its marchers are two events.
 */
const JOINABLE = new Set<Family>(['violence', 'riot', 'looting', 'abduction', 'sexual']);
/**
 * "killed hours after the ceasefire took effect": a truce, a group's change of course or ground handed over
 * holds no killing.
 */
const PEACEFUL = new Set<Family>(['agreement', 'change', 'transfer']);
/** When joined, the family that names the incident (riots over the violence in them). */
const PRIORITY: Family[] = ['riot', 'violence', 'abduction', 'sexual', 'looting'];
/** Triggers further apart than this many tokens start separate frames. */
const JOIN_DISTANCE = 8;
/** Same-kind triggers this far apart still join when no clause break stands between them. */
const CLAUSE_JOIN_DISTANCE = 16;
const BACKGROUND_REACH = 10;

/** A killing verb that names no dead of its own ("killed", "قتل"), unlike "eliminated 12 militants". */
function bareKill(trigger: PhraseHit): boolean {
  return trigger.phrase.tag === '@kill' && trigger.phrase.strength !== 'strong';
}

/**
 * Whether a bare killing verb after a "meanwhile" (`end` is the last act's) opens a clause naming an act of its
 * own: "…, while two civilians were killed in shelling on Y" («، بينما قتل مدنيان في قصف») tells a second
 * incident; "…, while five others were wounded" («، بينما أصيب خمسة آخرون») only more of the first one's toll.
 * ("، فيما" is left out: as often as not it goes on with the same incident.)
 */
function killedMeanwhile(
  view: SentenceView,
  text: string,
  triggers: readonly PhraseHit[],
  end: number,
  kill: PhraseHit,
): boolean {
  return (
    bareKill(kill) &&
    meanwhileBetween(view, text, end, kill.start) &&
    triggers.some(
      (t) => t.start > kill.start && !bareKill(t) && !meanwhileBetween(view, text, kill.end, t.start),
    )
  );
}

/** English verbs of storming a place: the assault itself, not only the ground it takes. */
const STORMED = /^(?:stormed|overran|overrun)$/;

/** An English participle or gerund ("killing"). */
const ING_ENDING = /ing$/;
/** Marks that end an English clause or sentence. */
const ENGLISH_STOP = /[.;:!?]/;
/** Marks that end a clause or a sentence, English or Arabic. */
const STOP = /[.;:!?؟؛]/;
/** Marks of a pause or a stop: a comma ends a told incident's clause. */
const PAUSE = /[,،.;:]/;

/**
 * "gunmen stormed a farm, killing 12": a killing participle right after a storming, in its clause, tells
 * the dead of that assault; its side and place stand before the storming verb.
 */
function stormedKilling(view: SentenceView, text: string, last: Frame, trigger: PhraseHit): boolean {
  const stormed = last.triggers.at(-1)!;
  if (last.family !== 'territory' || !STORMED.test(view.tokens[stormed.start].norm)) return false;
  if (!bareKill(trigger) || !ING_ENDING.test(view.tokens[trigger.start].norm)) return false;
  const gap = text.slice(view.tokens[stormed.end - 1].span[1], view.tokens[trigger.start].span[0]);
  return trigger.start - stormed.end <= JOIN_DISTANCE && !ENGLISH_STOP.test(gap);
}

/**
 * The trigger that anchors a frame's arguments: its first that is not a bare killing verb, or the battle of a
 * frame whose first such verb a killing word finishes ("A teacher was shot dead in clashes between troops and
 * rebels": the shooting is how one of the battle's dead died, the battle the incident and its sides).
 *
 * @example mainTrigger(frame).phrase.tag // 'Armed clash' for "A teacher was shot dead in clashes …"
 */
export function mainTrigger(frame: Frame): PhraseHit {
  const { view, triggers } = frame;
  const first = triggers.find((t) => t.phrase.tag !== '@kill') ?? triggers[0];
  const finish = triggers.find((t) => t.phrase.tag === '@kill' && sameVerb(view, first, t));
  return (finish && triggers.find((t) => isBattle(t) && diedIn(view, finish, t))) || first;
}

/** "in", "during", "amid", «في»: the words that put a death inside the battle named right after them. */
const DIED_IN = new Set(['in', 'during', 'amid', 'في']);
/** Tokens from the killing word to its battle: "shot dead in clashes", "killed in heavy fighting". */
const DIED_IN_REACH = 3;

/**
 * The battle told just after the killing word, as where the death happened ("shot dead in clashes"), not one told
 * beside it ("shot dead as fighting raged elsewhere": another incident's scene).
 */
function diedIn(view: SentenceView, kill: PhraseHit, battle: PhraseHit): boolean {
  if (battle.start < kill.end || battle.start - kill.end > DIED_IN_REACH) return false;
  for (let i = kill.end; i < battle.start; i++) if (DIED_IN.has(view.tokens[i].norm)) return true;
  return false;
}

/** The words at `span` start inside the frame's window of tokens. */
export function inFrame(frame: Frame, span: Span): boolean {
  const at = tokenAt(frame.view, span[0]);
  return at >= frame.from && at < frame.to;
}

/**
 * Whether the sentence over `span` ends asking: its last mark, past any white space, is a question mark. Read
 * from the end: a pattern anchored at the end was tried at every position of every sentence with a trigger.
 */
function endsAsking(text: string, span: Span): boolean {
  const words = text.slice(span[0], span[1]).trimEnd();
  const last = words.charCodeAt(words.length - 1);
  return last === QUESTION_MARK || last === ARABIC_QUESTION_MARK;
}
const QUESTION_MARK = 0x3f;
const ARABIC_QUESTION_MARK = 0x61f;

/**
 * Groups a sentence's triggers into frames: drops triggers an unreal cue governs, joins neighbours that tell
 * the same incident, and attaches bare killing verbs to the incident next to them.
 *
 * @example buildFrames(view, doc.text).map((f) => f.family) // ['violence']
 */
export function buildFrames(view: SentenceView, text: string): Frame[] {
  // Most sentences hold no trigger: nothing to gate or group, and their clause scopes go unread.
  if (view.triggers.length === 0) return [];
  // A question tells no incident ("did they expect X not to strike?"); nor does a negated or unreal verb.
  if (endsAsking(text, view.span)) return [];
  const real = assertedTriggers(view, text).filter((t) => !standingCaptivity(view, t));
  const frames: Frame[] = [];
  // "The raid came in response to a rocket fired from Gaza": the act answered is another incident, by the
  // other side, with its own place and day.
  const scope = answeredTokens(view, text);
  for (const trigger of real) {
    const family = familyOf(trigger.phrase.tag);
    const last = frames.at(-1);
    const lastEnd = last ? last.triggers.at(-1)!.end : -1;
    // Protest words in one clause tell one protest ("التظاهرات … احتجاجا على"); violent words further
    // apart may well tell two incidents.
    const gap = last ? text.slice(view.tokens[lastEnd - 1].span[1], view.tokens[trigger.start].span[0]) : '';
    const near =
      last !== undefined &&
      (trigger.start - lastEnd <= JOIN_DISTANCE ||
        (last.family === 'violence' &&
          isInstrument(view, trigger) &&
          trigger.start - lastEnd <= CLAUSE_JOIN_DISTANCE &&
          !STOP.test(gap)) ||
        (last.family === family &&
          family === 'protest' &&
          trigger.start - lastEnd <= CLAUSE_JOIN_DISTANCE &&
          !CLAUSE_BREAK.test(gap)));
    const joinable =
      last !== undefined && (last.family === family || (JOINABLE.has(last.family) && JOINABLE.has(family)));
    // A bare killing verb joins the incident before it however far; a killing that names its own dead
    // ("تصفية 8 مسلحين آخرين") is an incident of its own unless it stands next to that one.
    const killJoins =
      last !== undefined &&
      ((JOINABLE.has(last.family) &&
        (bareKill(trigger) ||
          (trigger.phrase.tag === '@kill' && trigger.start - lastEnd <= JOIN_DISTANCE))) ||
        stormedKilling(view, text, last, trigger));
    const joins =
      ((near &&
        joinable &&
        !secondIncident(view, last!.triggers[0].end, trigger) &&
        !ALSO.test(gap) &&
        !meanwhileBetween(view, text, lastEnd, trigger.start)) ||
        (killJoins && !killedMeanwhile(view, text, real, lastEnd, trigger))) &&
      !battleApart(view, text, last!, trigger);
    // "killing four, a day after eight were killed in a similar attack": the incident told as what came a
    // day before the news is another one, with its own day and toll; the news does not join it, nor it the
    // news. Only a bare killing verb within its clause is still to be told by the act after it, and the
    // dead that told incident brought about ("a bombing that killed 12") are its own.
    const after = daysAfter(view, trigger);
    const told = last !== undefined && daysAfter(view, last.triggers[0]) >= 0;
    const actToCome =
      told && (last.triggers.every(bareKill) || toldOutcome(view, lastEnd, trigger)) && !PAUSE.test(gap);
    const answer = last !== undefined && answered(scope, last.triggers[0]) !== answered(scope, trigger);
    const apart = (after >= 0 && lastEnd <= after) || (told && !actToCome) || answer;
    if (last && joins && !apart) {
      last.triggers.push(trigger);
      last.family = PRIORITY.find((f) => f === last.family || f === family) ?? last.family;
    } else {
      frames.push({
        view,
        family,
        triggers: [trigger],
        from: 0,
        to: 0,
        background: false,
        backgroundSpan: null,
        anaphoric: false,
      });
    }
  }
  absorbLeadingKills(frames);
  absorbDamage(frames);
  absorbRaids(frames);
  const asideEnd = truceAsideEnd(view, text);
  frames.forEach((frame, i) => {
    // Two frames share the words between them at a "، كما", else half and half: "هجوم موسكو" keeps its
    // Moscow, and the side named just before the next trigger ("حماس في هجومها") goes with that one.
    const prev = frames[i - 1];
    frame.from = !prev
      ? pastDroppedClause(view, text, real, frame.triggers[0])
      : (answerBoundary(scope, prev.triggers.at(-1)!, frame.triggers[0]) ??
        daysAfterBoundary(view, text, prev, frame) ??
        divide(view, text, prev.triggers.at(-1)!, frame.triggers[0]));
    // "… a chemical attack a woman was killed": a killing verb's subject and toll stand before it.
    const next = frames[i + 1];
    frame.to = !next
      ? view.tokens.length
      : (answerBoundary(scope, frame.triggers.at(-1)!, next.triggers[0]) ??
        daysAfterBoundary(view, text, frame, next) ??
        divide(view, text, frame.triggers.at(-1)!, next.triggers[0]));
    [frame.from, frame.to] = withoutAnswered(scope, frame.triggers[0], frame.from, frame.to);
    // "arrested a gunman who shot dead two traders": the gunman is the arrest's object and the shooting's doer.
    // «اعتقلت الشرطة مسلحاً قتل ثلاثة»: the words before the object, the arrest's subject, are the arrest's.
    const hanging = prev ? relativeHost(view, frame.triggers[0]) : null;
    if (hanging && hanging.host === prev!.triggers.at(-1)) {
      frame.from = hanging.antecedent;
      prev!.to = Math.max(prev!.to, hanging.antecedent);
    }
    // "Despite the ceasefire brokered by Ruritania, gunmen attacked …": the truce's words are not the act's.
    if (frame.triggers[0].start >= asideEnd) frame.from = Math.max(frame.from, asideEnd);
    const floor = i === 0 ? 0 : frames[i - 1].triggers.at(-1)!.end;
    const cue = governing(view, text, frame.triggers[0], 'background', BACKGROUND_REACH, floor);
    const background = cue && !frontedAndClosed(view, text, cue, frame.triggers[0]) ? cue : undefined;
    const alluded = background ? null : (alludedGround(frame, text) ?? perfectGround(frame, text));
    frame.background = background !== undefined || alluded !== null;
    frame.backgroundSpan = background ? hitSpan(view, background) : alluded;
    frame.anaphoric = frame.triggers.every((t) => isDefinite(view, text, t));
  });
  return frames;
}

/**
 * "…, and 31 rebels were killed in clashes", «…، وقتل 31 متمردا في معارك»: a battle told with its dead is
 * an incident apart from the act before it, and no other kind of act joins it.
 */
function battleApart(view: SentenceView, text: string, last: Frame, trigger: PhraseHit): boolean {
  if (last.triggers.some((t) => killedInBattle(view, text, t)))
    return !isBattle(trigger) && trigger.phrase.tag !== '@kill';
  return (
    killedInBattle(view, text, trigger) &&
    !last.triggers.some(isBattle) &&
    !sameVerb(view, last.triggers.at(-1)!, trigger)
  );
}

/**
 * "A teacher was shot dead in clashes …": a killing word right on the verb before it, no word or mark
 * between, finishes that verb; the one told dead is the battle's dead, not a shooting apart from it.
 */
function sameVerb(view: SentenceView, verb: PhraseHit, kill: PhraseHit): boolean {
  return verb.end === kill.start && !markBefore(view, kill.start);
}

/**
 * Where the words between a frame's last trigger and the next frame's first divide, the last counted to the
 * end of its phrase («طرد الحوثيين من عدن، بعد معارك»: Aden is the expelling's). A bare killing verb's
 * subject and toll stand before it ("… a chemical attack a woman was killed"), unless its toll is a
 * battle's, which opens its own clause.
 */
function divide(view: SentenceView, text: string, last: PhraseHit, next: PhraseHit): number {
  const end = Math.max(last.end, Math.min(reach(last), next.start));
  if (killedInBattle(view, text, next))
    return tollClauseStart(view, text, end, next) ?? cut(view, text, end, next.start);
  // "…, while two civilians were killed in shelling": the words before the "while" are the first act's.
  if (!bareKill(next)) return cut(view, text, end, next.start);
  return meanwhileBetween(view, text, last.end, next.start)
    ? cut(view, text, end, next.start)
    : (afterOpening(view, end, next.start) ?? killedThereinOpening(view, end, next) ?? end);
}

/**
 * "43 killed … when the Houthis shelled": a bare killing verb that opens the sentence joins the next frame,
 * the act that killed, unless that act is told as what came days before («قتل شرطي غداة تبادل لإطلاق
 * النار»); not one that is itself a killing with its own dead ("… بعد تصفية 7 مسلحين آخرين").
 */
function absorbLeadingKills(frames: Frame[]): void {
  if (
    frames.length > 1 &&
    !PEACEFUL.has(frames[1].family) &&
    frames[0].triggers.every(bareKill) &&
    !frames[1].triggers.every((t) => t.phrase.tag === '@kill') &&
    daysAfter(frames[1].view, frames[1].triggers[0]) < 0
  ) {
    frames[1].triggers.unshift(...frames[0].triggers);
    frames.shift();
  }
}

/** Burning a tank in a raid is part of the raid: damage joins the violent incident of its sentence. */
function absorbDamage(frames: Frame[]): void {
  for (let i = frames.length - 1; i >= 0; i--) {
    if (frames[i].family !== 'looting') continue;
    const host =
      frames
        .slice(0, i)
        .reverse()
        .find((f) => f.family === 'violence' || f.family === 'riot') ??
      frames.slice(i + 1).find((f) => f.family === 'violence' || f.family === 'riot');
    if (!host) continue;
    host.triggers.push(...frames[i].triggers);
    host.triggers.sort((a, b) => a.start - b.start);
    frames.splice(i, 1);
  }
}

const BARE_RAID = /^(?:raid|raids)$/;

/** "arrested five militants in a raid": a bare raid told with an arrest is the arrest operation itself. */
function absorbRaids(frames: Frame[]): void {
  const arrest = frames.find((f) => f.family === 'arrest');
  if (!arrest) return;
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i];
    if (f.family !== 'violence' || !f.triggers.every((t) => BARE_RAID.test(t.phrase.words.join(' '))))
      continue;
    arrest.triggers.push(...f.triggers);
    arrest.triggers.sort((a, b) => a.start - b.start);
    frames.splice(i, 1);
  }
}

/** «والهجوم», «وللمسلحين»: "and" joined to a definite Arabic noun. */
const AND_DEFINITE_AR = /^و(?:ال|لل)/;
const AND = /^and$/i;

/**
 * "الهجوم على مقهى في باردو والهجوم على سوق في سوسة": a coordinated noun after a place told for the
 * first is a second incident, not more words for the first.
 */
function secondIncident(view: SentenceView, firstEnd: number, trigger: PhraseHit): boolean {
  const first = view.tokens[trigger.start];
  const coordinated =
    AND_DEFINITE_AR.test(first.norm) || AND.test(view.tokens[trigger.start - 2]?.norm ?? '');
  if (!coordinated) return false;
  const from = view.tokens[firstEnd - 1].span[1];
  return view.mentions.some((m) => m.place && m.span[0] >= from && m.span[1] <= first.span[0]);
}

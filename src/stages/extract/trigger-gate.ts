import type { Token } from '../../core/records.js';
import { wordSet } from '../../core/text/word-set.js';
import { RELATIVE_PRONOUNS } from './relative-pronouns.js';
import type { PhraseHit } from './phrase-matcher.js';
import { inPlaceName, wordsBetween, type SentenceView } from './sentence-view.js';
import { expelsNoSide } from './expelling.js';
import { figurativeSense } from './figurative-words.js';
import { playedViolence } from './played-violence.js';
import { toldFiction } from './told-fiction.js';
import { inQuotedTitle } from './quoted-title.js';
import { namedBattle } from './named-battle.js';
import { woundsOfReceived } from './received-wounded.js';
import { soughtOrBrokenTruce } from './truce-senses.js';
import { struckGathering } from './struck-gathering.js';
import { tellsNoDetention } from './detention-senses.js';
import { guardedAgainst } from './guarded-against.js';
import { listedAsKinds } from './kinds-lists.js';
import { namesPlace } from './place-look-alikes.js';
import { madeInWords, toldInSpeech } from './verbal-acts.js';
import { plannedOrKnown } from './planned-acts.js';
import { foughtOff, repelledAttempt } from './fought-off.js';
import { unmadeInfinitive } from './attempted-acts.js';
import { aimOfSweep } from './raid-aims.js';
import { seizedArms } from './seized-arms.js';
import { threateningAct } from './threatening-act.js';
import { aftermathDamage } from './aftermath-damage.js';
import { damageSeen } from './seen-damage.js';
import { afterIncidentOpening } from './after-incident.js';
import { withoutMereCauses } from './cause-clause.js';
import { CLAUSE_BREAK, datedInClause, followed, governing, inClosedAside } from './cue-scope.js';
import {
  calledFor,
  compoundAdjective,
  heededView,
  inDeniedReport,
  noLongerHeeded,
  ofNothing,
} from './unreal-scopes.js';
import { byCampaign, inPluperfectOffensive, isWarReference } from './war-references.js';
import { isPathSense } from './path-sense.js';
import { deniedTie } from './denied-tie.js';
import { isPastVerb } from './support-words.js';
import { aimedAct } from './aimed-acts.js';
import { inVoweledVerse } from './voweled-verse.js';

/** An unreal cue (threat, plan, denial …) governs a trigger up to this many tokens after it. */
const UNREAL_REACH = 5;
/** "الهجوم المرتقب", "clashes were feared": an unreal word this many tokens after a trigger governs it. */
const UNREAL_AFTER_REACH = 4;
/** "backed by US air strikes": the support named right after the cue is part of another act, or generic. */
const SUPPORT_REACH = 2;
const NEGATION_REACH = 1;
/** The negation cues that halt an act ("stopped the offensive") rather than deny it. */
const HALTING = /^(?:stops|stopped|stopping|halts|halted|halting)$/;
/** "whether its strikes … had killed": how far after a dropped incident its killing verb still belongs to it. */
const KILL_REACH = 8;

/**
 * The triggers a sentence asserts: without those an unreal, negating, speech or support cue governs, those
 * naming an incident as a topic or a whole war, infinitives, and launching verbs with no weapon beside them.
 *
 * @example assertedTriggers(view, text).map((t) => t.phrase.tag) // [] for "Rebels threatened to attack Aden."
 */
export function assertedTriggers(view: SentenceView, text: string): PhraseHit[] {
  const heeded = heededView(view, text);
  const kept = view.triggers.filter(
    (t) =>
      t.phrase.tag !== '@none' &&
      (t.phrase.tag !== '@launch' || launchesWeapon(view, text, t)) &&
      !isWarReference(view, text, t) &&
      !inPluperfectOffensive(view, text, t) &&
      !byCampaign(view, text, t) &&
      !unrealBeforeAfter(heeded, text, t) &&
      !isNegated(view, text, t) &&
      !toldInSpeech(view, text, t) &&
      !(governing(view, text, t, 'support', SUPPORT_REACH) && !isPastVerb(view, t)) &&
      !followed(view, text, t, 'unreal-after', UNREAL_AFTER_REACH) &&
      !(isReference(view, t) && !datedInClause(view, text, t)) &&
      !isPathSense(view, t) &&
      !isSubjunctive(view, t) &&
      !isPurpose(view, t) &&
      !aimedAct(view, t) &&
      !tellsNoDetention(view, t) &&
      !isHolding(view, t) &&
      !describesSide(view, t) &&
      !madeInWords(view, text, t) &&
      !isCalledOff(view, text, t) &&
      !calledFor(view, text, t) &&
      !inDeniedReport(view, text, t) &&
      !guardedAgainst(view, text, t) &&
      !ofNothing(view, text, t) &&
      !listedAsKinds(view, t) &&
      !noLongerHeeded(view, text, t) &&
      !compoundAdjective(view, text, t) &&
      !namesPlace(view, text, t) &&
      !figurativeSense(view, t) &&
      !playedViolence(view, t) &&
      !toldFiction(view, text, t) &&
      !inVoweledVerse(view, text, t) &&
      !inQuotedTitle(view, text, t) &&
      !namedBattle(view, text, t) &&
      !woundsOfReceived(view, t) &&
      !soughtOrBrokenTruce(view, text, t) &&
      !struckGathering(view, t) &&
      !expelsNoSide(view, t) &&
      !aimOfSweep(view, text, t) &&
      !seizedArms(view, t) &&
      !threateningAct(view, t) &&
      !(aftermathDamage(view, t) || damageSeen(view, text, t)) &&
      !(plannedOrKnown(view, text, t) && !datedInClause(view, text, t)),
  );
  return withoutMereCauses(
    view,
    text,
    kept.filter((t) => !killOfDropped(view, text, t, kept)),
  );
}

/**
 * "the cell may be linked to the blast", "ربما يكون التنظيم وراء التفجير", "denied involvement in the blast":
 * the doubt is over who carried the act out, told after a word tying a side to it; the act is told as done.
 * Not "denied responsibility for": as often said for years of an incident long told, which it would retell.
 */
const BLAME_LINK =
  /^(?:linked|behind|responsible|involved|involvement|role|connected|tied|وراء|مسوول|مسووله|مسوولا|متورط|متورطه|متورطا)$/;

/**
 * An unreal cue governs the trigger, unless the trigger is the incident an "after" names: "the army vowed
 * revenge after a bombing that killed 12", «توعد بالثأر بعد تفجير»: the vow is unreal, the incident it follows
 * is not. «إمكانية تجدد القتال بعد قطع الهدنة» names no incident right after its «بعد» ("after breaking the truce").
 * Nor does a doubt over who is tied to the act (`BLAME_LINK`) make the act unreal.
 */
function unrealBeforeAfter(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const cue = governing(view, text, trigger, 'unreal', UNREAL_REACH);
  if (cue === undefined || foughtOff(view, cue, trigger) || repelledAttempt(view, cue, trigger)) return false;
  const between = wordsBetween(view, cue.end, trigger.start);
  if (between.some((w) => BLAME_LINK.test(w))) return false;
  return afterIncidentOpening(view, trigger) < cue.end;
}

/**
 * "jets in breach of a cease-fire bombed the town", «طائرة بدون طيار هاجمت»: a word of negation that is part
 * of a longer phrase — another trigger ("cease fire", split at its hyphen) or a cue (a drone) — negates
 * nothing. «من دون أن تشن غارات», "did not launch strikes": the denied launching verb denies the weapon it takes.
 */
function isNegated(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const cue = governing(view, text, trigger, 'negation', NEGATION_REACH);
  if (cue === undefined) {
    const verb = view.triggers.find((o) => o.end === trigger.start && o.phrase.tag.startsWith('@'));
    return verb !== undefined && verb.phrase.tag !== '@none' && isNegated(view, text, verb);
  }
  // "were stopped and held by rebels", "gunmen stopped and searched a bus": a halting verb joined by "and" to
  // the act is a deed told before it, not the act called to a halt.
  if (HALTING.test(view.tokens[cue.start].norm) && view.tokens[cue.end]?.norm === 'and') return false;
  const holds = (o: PhraseHit) => o.start <= cue.start && cue.end <= o.end;
  return (
    !view.triggers.some((o) => o !== trigger && holds(o)) &&
    !view.cues.some((o) => holds(o) && o.end - o.start > cue.end - cue.start)
  );
}

/** Words that call a gathering off: "cancelled its plans", "ألغت المسيرة". */
const CALLED_OFF = new Set([
  ...wordSet('cancelled canceled cancels postponed postpones'),
  ...wordSet('الغت الغي الغوا ارجات ارجا', 'و ف'),
]);
/** "إلغاء المسيرة": the calling off named as a noun, right before the gathering. After it, a noun is most
 * often what the crowd protests ("احتجاجا على تأجيل الانتخابات"). */
const CALLING_OFF = wordSet('الغاء تاجيل ارجاء', 'و ف ب ل وب ول فب فل');

/**
 * "the BJP, which had announced a protest rally on Friday, cancelled its plans": a protest the sentence
 * calls off after naming it, in the same clause, did not take place ("protested, and the board postponed
 * the exam" did). Any act the sentence calls off before naming it ("أرجأت الحكومة الهجوم", "تأجيل
 * المعركة") did not take place either.
 */
function isCalledOff(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  // "ألغت المسيرة", "cancelled the march", "تأجيل معركة التحرير": the act is the object of the calling off.
  for (let k = Math.max(0, trigger.start - 2); k < trigger.start; k++)
    if (CALLED_OFF.has(view.tokens[k].norm) || CALLING_OFF.has(view.tokens[k].norm)) return true;
  if (trigger.phrase.tag !== 'Peaceful protest') return false;
  const after = view.tokens.slice(trigger.end);
  const off = after.findIndex(
    (t, i) => CALLED_OFF.has(t.norm) || (t.norm === 'called' && after[i + 1]?.norm === 'off'),
  );
  return off >= 0 && !CLAUSE_BREAK.test(text.slice(view.tokens[trigger.end - 1].span[1], after[off].span[0]));
}

/** Words that may stand between "fighting" and the side it takes: "fighting the Houthis", "fighting against IS". */
const THE_OR_AGAINST = /^(?:the|against)$/i;
/** Armed sides a participle "fighting" can take as its object. */
const SIDES = new Set(['armed-group', 'state-forces']);
/**
 * Words before "fighting" that make it the clause's verb ("were fighting IS") or a noun ("fierce fighting
 * against IS", "in fighting with"), not a description of a side.
 */
const NOT_PARTICIPLE =
  /^(?:is|are|was|were|be|been|began|begun|started|continued|kept|resumed|fierce|heavy|intense|renewed|fresh|new|bloody|street|sporadic|the|in|of|amid|after|during|and|by|from|with)$/i;

/**
 * "the US-led coalition fighting Daesh", "militias fighting the Houthis": a participle that tells who a
 * side is, not a battle; "fighting between the army and IS" or "were fighting IS" stay battles.
 */
function describesSide(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'en' || trigger.phrase.words.join(' ') !== 'fighting') return false;
  const before = view.tokens[trigger.start - 1]?.norm ?? '';
  if (before === '' || NOT_PARTICIPLE.test(before)) return false;
  const next = view.tokens[trigger.end];
  const object = THE_OR_AGAINST.test(next?.norm ?? '') ? view.tokens[trigger.end + 1] : next;
  return object !== undefined && view.mentions.some((m) => SIDES.has(m.kind) && m.span[0] === object.span[0]);
}

/** Weapons a launching verb needs beside it: what is fired, thrown or lands. */
const LAUNCHED = new Set(['shelling', 'ied', 'grenade']);
/** "fired two rounds of RPG-7 rockets": how many tokens after the verb the weapon may stand. */
const LAUNCH_AFTER = 5;
/** "a Qassam rocket was fired": how many tokens before it. */
const LAUNCH_BEFORE = 3;
/** What riot police fire or a crowd throws is no weapon attack: tear gas shells, flares, warning shots. */
const HARMLESS_LOAD = /^(?:tear|teargas|smoke|flares?|warning|blanks?|rubber|plastic|water|paint)$/;
/** "plastic explosives were placed": a harmless word that names a real charge when it stands before one. */
const REAL_CHARGE = /^(?:explosives?|charges?)$/;
/** "launched a missile test", "a rocket programme": the weapon word names something else than a shot. */
const NOT_A_SHOT =
  /^(?:tests?|testing|programm?e?s?|systems?|defen[cs]e|factor(?:y|ies)|plants?|deals?|sales?|shield)$/;

/**
 * "fired a Qassam rocket", "threw an explosive at", "a mortar shell landed": a launching verb (@launch) tells
 * an incident only with a weapon named next to it in its clause; "fired the minister", "prices fell" do not.
 */
function launchesWeapon(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  return view.cues.some((c) => {
    if (!LAUNCHED.has(c.phrase.tag)) return false;
    const after = c.start >= trigger.end && c.start - trigger.end <= LAUNCH_AFTER;
    const before = c.end <= trigger.start && trigger.start - c.end <= LAUNCH_BEFORE;
    if (!after && !before) return false;
    const [from, to] = after ? [trigger.end, c.start] : [c.end, trigger.start];
    // The words between, and the two before the weapon ("tear gas shells were fired").
    const first = Math.max(0, Math.min(from, c.start - 2));
    const load = view.tokens.slice(first, to);
    const harmless = (t: Token, k: number) =>
      HARMLESS_LOAD.test(t.norm) &&
      !(t.norm === 'plastic' && REAL_CHARGE.test(view.tokens[first + k + 1]?.norm ?? ''));
    if (load.some(harmless)) return false;
    if (NOT_A_SHOT.test(view.tokens[c.end]?.norm ?? '')) return false;
    return (
      from >= to || !CLAUSE_BREAK.test(text.slice(view.tokens[from].span[0], view.tokens[to - 1].span[1]))
    );
  });
}

/**
 * "whether its strikes near Manbij had killed civilians": a killing verb told right after an incident the
 * sentence does not assert (unreal, negated, planned) is that incident's toll, as unreal as it is. So is a
 * participle that says what that incident aims at: "has been conducting air raids for its allies targeting
 * both the rebels and the militias" tells the campaign's targets, no clash between them.
 */
function killOfDropped(view: SentenceView, text: string, trigger: PhraseHit, kept: PhraseHit[]): boolean {
  if (trigger.phrase.tag !== '@kill' && !isEnglishParticiple(view, trigger)) return false;
  const before = view.triggers.filter(
    (t) => t.end <= trigger.start && t.phrase.tag !== '@none' && t.phrase.tag !== '@launch',
  );
  const last = before.at(-1);
  if (!last || kept.includes(last) || trigger.start - last.end > KILL_REACH) return false;
  const gap = text.slice(view.tokens[last.end - 1].span[1], view.tokens[trigger.start].span[0]);
  // "A sniper, seeking to hit an officer, killed a cook": the aside's act is unreal, the main clause's is not.
  return !CLAUSE_BREAK.test(gap) && !inClosedAside(view, text, last, trigger);
}

/** "targeting", "hitting": a one-word English trigger in -ing, which may modify the noun of an act before it. */
function isEnglishParticiple(view: SentenceView, trigger: PhraseHit): boolean {
  return (
    trigger.phrase.lang === 'en' &&
    trigger.end - trigger.start === 1 &&
    /ing$/.test(view.tokens[trigger.start].norm)
  );
}

/**
 * "ملف اغتيال", "the investigation into the killing", "accused of attacking": an incident named as the topic
 * of an inquiry, a charge or a film is told for that, not as news; the cue stands right before it.
 */
function isReference(view: SentenceView, trigger: PhraseHit): boolean {
  // "the investigation into the alleged chemical attack": a determiner and a word of doubt may stand between.
  // "the aftermath of the Godhra killings": the place that names the incident may stand there too.
  let from = trigger.start;
  const gap = (k: number) => k >= 0 && (REFERENCE_GAP.test(view.tokens[k].norm) || inPlaceName(view, k));
  while (from > trigger.start - 3 && gap(from - 1)) from--;
  return (
    heldOver(view, from) ||
    view.cues.some(
      (c) =>
        c.phrase.tag === 'reference' &&
        c.end >= from &&
        c.end <= trigger.start &&
        !authorSuspected(view, c) &&
        !deniedTie(view, c),
    )
  );
}

/**
 * "detained two men over the killing of a judge": after an arrest, the incident "over" names is what the
 * arrested are held for (told before); alone, "over" is as often a place ("shots over the border").
 */
function heldOver(view: SentenceView, from: number): boolean {
  return (
    view.tokens[from - 1]?.norm === 'over' &&
    view.triggers.some((t) => t.phrase.tag === 'Arrests' && t.end < from - 1)
  );
}

/** "is", "are", "was", "were": the copula that makes the sentence's subject the one suspected. */
const COPULA = /^(?:is|are|was|were)$/;

/**
 * "UNITA is suspected of bombing an oil depot": the subject of the sentence suspected of an act is its
 * author, and the act is the news; "a man suspected of bombing" names a suspect by an act told elsewhere.
 */
function authorSuspected(view: SentenceView, cue: PhraseHit): boolean {
  return cue.phrase.words.join(' ') === 'suspected of' && COPULA.test(view.tokens[cue.start - 1]?.norm ?? '');
}

/**
 * Words that may stand between a reference cue and its incident: a determiner or a word of doubt, "عملية"
 * and its kin ("التحقيق في عملية خطف"), and the ordinal of an anniversary ("الذكرى الثالثة لاغتيال"), and the day an earlier incident is known by
 * ("a suspect in last week's bombing", "arrested over Friday's attack").
 */
const REFERENCE_GAP =
  /^(?:the|a|an|alleged|suspected|reported|apparent|last|'s|(?:week|month|year|weekend|night|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s)?|[وب]?(?:ال)?(?:عملي[ةه]|عمليات|حادث[ةه]?|جريم[ةه]|جرايم|سنوي[ةه]|اولي|ثاني[ةه]|ثالث[ةه]|رابع[ةه]|خامس[ةه]|عاشر[ةه]))$/i;

/** «أن», «لن», «كي», «قد»: particles before an imperfect verb of what is to come or wished (folded). */
const TO_COME_AR = /^(?:ان|لن|كي|لكي|حتي|قد)$/;
/** «يشن», «تقصف», «نهاجم»: the prefix of an Arabic imperfect verb. */
const IMPERFECT_AR = /^[يتن]/;

/**
 * "أن يشن", "لن تقصف", "قد يهاجم": an imperfect verb after أن/لن/كي/قد tells what is to come or wished, not
 * what happened; so does an English infinitive ("plans to attack", attempted-acts.ts).
 */
function isSubjunctive(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang === 'en') return unmadeInfinitive(view, trigger);
  // A noun after أنّ ("أن تبادلا للنار حصل") is its subject, not a verb to come.
  const verbal =
    trigger.phrase.pos === 'verb' || (trigger.phrase.pos === 'fixed' && trigger.phrase.words.length === 1);
  if (!verbal) return false;
  const before = view.tokens[trigger.start - 1]?.norm ?? '';
  return TO_COME_AR.test(before) && IMPERFECT_AR.test(view.tokens[trigger.start].norm);
}

/** Tags of ground taken: what an offensive is launched for before it is won. */
const GROUND = new Set(['@capture', 'Government regains territory', 'Non-state actor overtakes territory']);

/**
 * "هجوما واسعا لاستعادة قاعدة العند", "لاستعادة السيطرة على": a taking of ground after the lam of purpose is
 * the aim of an offensive, not ground taken; so is the "السيطرة على" that completes it.
 */
function isPurpose(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'ar' || !GROUND.has(trigger.phrase.tag)) return false;
  const aimed = (hit: PhraseHit) =>
    GROUND.has(hit.phrase.tag) &&
    view.tokens[hit.start].norm.startsWith('ل') &&
    !hit.phrase.words[0].startsWith('ل');
  if (aimed(trigger)) return true;
  return view.triggers.some((h) => h.end === trigger.start && aimed(h));
}

/** "مناطق واسعة", "large swathes", "much of": ground told as an expanse, not a place taken. */
const EXPANSE = /^(?:مناطق|مساحات|اجزاء|swathes|parts|areas|much|most|large|vast)$/;
/** Tokens after the trigger within which its expanse stands ("seized large swathes"). */
const EXPANSE_REACH = 2;

/**
 * "تنظيم الدولة الإسلامية الذي سيطر على مدن عدة في العراق", "IS, which has seized large swathes of Iraq":
 * ground a relative clause says a side holds, as an expanse, tells who the side is, not a taking of ground.
 */
function isHolding(view: SentenceView, trigger: PhraseHit): boolean {
  if (!GROUND.has(trigger.phrase.tag)) return false;
  const before = view.tokens.slice(Math.max(0, trigger.start - 2), trigger.start);
  if (!before.some((t) => RELATIVE_PRONOUNS.has(t.norm))) return false;
  return view.tokens.slice(trigger.end, trigger.end + EXPANSE_REACH).some((t) => EXPANSE.test(t.norm));
}

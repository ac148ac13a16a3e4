/** Sides a clause names as the harmed: counted casualties and members of a side named after the act. */
import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { fellInAmbush } from './ambushed.js';
import { namedAsDead } from './dead-of.js';
import { isFallenWord } from './force-nationality.js';
import { afterAgent, markBefore, tokenAt, wordsBetween } from './sentence-view.js';
import { PASSIVE_AUXILIARY } from './passive-auxiliaries.js';
import { LINKED } from './role-clues.js';
import type { Quantity, Token } from '../../core/records.js';
import { wordSet } from '../../core/text/word-set.js';
import { ARMED_MEMBERS_AR } from './armed-nouns.js';
import { ARABIC_WORD } from './arabic-particles.js';
import { arabicAgentPhrases } from './arabic-agent-phrase.js';
import { HARMED, harmedAfterAuxiliary, passiveHarmed } from './passive-harm.js';
import { runsOperation } from './operation-owner.js';

/** Characters after a count in which a common noun names the counted ("two of the police officers"). */
const COUNT_NOUN_REACH = 24;
/**
 * "a Fatah official", "القيادي في حركة فتح", "أحد قادة داعش", "عدد من مسلحي الحوثي", "15 عنصرا من داعش": a
 * member of a side, named after the act.
 */
const MEMBER = wordSet(
  'member members official officials leader leaders commander commanders spokesman spokesmen founder fighters ' +
    'militants قيادي القيادي قياديا قياديين قايد القايد قاده القاده امير الامير عضو عضوا اعضاء عنصرين مسلحي ' +
    `مقاتلي ارهابيين الارهابيين ${ARMED_MEMBERS_AR}`,
);
/**
 * Acts whose members named after them are a party, not the harmed: "اشتبكت عناصر المقاومة مع مسلحي
 * الحوثي", "هاجمت عناصر داعش".
 */
const PARTY_ACTS = new Set(['Armed clash', '@attack']);
/** Arabic ranks of an officer, named before the force he serves in ("عقيد في الجيش"). */
const RANK = /^(?:ال)?(?:جنرال|جنرالا|عقيد|عقيدا|ضابط|ضابطا|عميد|عميدا|رايد|رايدا|نقيب|نقيبا|ملازم|ملازما)$/;
/** Tokens from a member word to the side it belongs to ("أعضاء في تنظيم القاعدة"). */
const MEMBER_REACH = 2;

/**
 * Sides the clause names as the harmed: those in a casualty count ("two police officers were killed",
 * "مقتل جنديين", "26 حوثيا") and members of a side named after the act ("اغتيل … القيادي في حركة فتح").
 *
 * @example victimsOf(frame, candidates).map((c) => c.side) // ['forces'] for "two police officers were killed"
 */
export function victimsOf(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  // Two clauses in five offer no side: none is harmed, and the counts are not sifted.
  if (candidates.length === 0) return [];
  const counted = frame.view.quantities.filter((q) => q.role === 'killed' || q.role === 'injured');
  // Each side read by plain functions in a loop, not by closures made afresh for every side of every frame.
  const victims: ActorCandidate[] = [];
  for (const c of candidates) if (isVictim(frame, c, counted, candidates)) victims.push(c);
  return victims;
}

/** Whether the clause names `c`, one of `candidates`, among the harmed (see `victimsOf`). */
function isVictim(
  frame: Frame,
  c: ActorCandidate,
  counted: readonly Quantity[],
  candidates: readonly ActorCandidate[],
): boolean {
  const view = frame.view;
  // "killed in government air strikes": a side right before the weapon is whose weapon it was.
  // "جنديين قتلا": a verb of killing right after a side tells its fate, not its weapon.
  const end = tokenAt(view, c.ref.spans[0][1]);
  // "Nigerian troops came under attack": unless the act's own words tell it fell on that side.
  const verbAt = pastVerbAdverbs(view, end);
  const weapon = view.triggers.some((t) => t.start === verbAt && t.phrase.tag !== '@kill');
  if (weapon && !passiveHarmed(view, c)) return false;
  // "killed in a Syrian army offensive": the side whose operation it was ran it.
  if (runsOperation(view, c)) return false;
  // A named side is counted only as the counted noun itself ("26 حوثيا"); a common noun may follow it,
  // but not past "by" ("a young man was killed by soldiers": the soldiers killed him).
  const inCount = !afterAgent(view, c.at) && counted.some((q) => countNames(view, q, c, candidates));
  return (
    memberAfterAct(frame, c) ||
    inCount ||
    isFallenWord(view.tokens[c.at]?.norm ?? '') ||
    passiveHarmed(view, c) ||
    rankKilled(view, c) ||
    fellInAmbush(view, c) ||
    namedAsDead(view, c) ||
    memberHarmed(view, c) ||
    CASUALTIES.has(view.tokens[end]?.norm ?? '') ||
    counted.some((q) => q.nounSpan && membersOf(view, q.nounSpan, c))
  );
}

/**
 * "قتل القيادي في داعش … في غارة للتحالف": a member told after the killing verb, before the weapon.
 * Members after a clash or an attack ("اشتبكت عناصر المقاومة مع مسلحي الحوثي") fought in it.
 * "قتل خمسة في قصف مسلحي الحوثيين على جامع": members in the genitive of an act's verbal noun did it.
 * "بقتل عقيد في الجيش": an officer of a force, by his rank, likewise. Members named after «على يد» or «من
 * قبل» are its agent, not its harmed.
 */
function memberAfterAct(frame: Frame, c: ActorCandidate): boolean {
  if (c.side !== 'group' && c.side !== 'forces') return false;
  const view = frame.view;
  // "اختطف جنديان على يد عناصر التنظيم": members after an agent phrase did the act.
  if (
    genitiveAgent(view, c) ||
    arabicAgentPhrases(view).some((p) => p.end <= c.at && c.at - p.end <= MEMBER_REACH)
  )
    return false;
  for (const t of frame.triggers) {
    if (PARTY_ACTS.has(t.phrase.tag) || c.at < t.end) continue;
    for (let at = Math.max(t.end, c.at - MEMBER_REACH); at < c.at; at++)
      if (titleWord(c.side, view.tokens[at].norm)) return true;
  }
  return false;
}

/** A word a member of a group ("قيادي") or an officer of a force, by his rank ("عقيد"), is named by. */
function titleWord(side: 'group' | 'forces', word: string): boolean {
  return side === 'group' ? MEMBER.has(word) : RANK.test(word);
}

/**
 * Whether the count `q` names `c` as its counted noun. "قتل خمسة مدنيين عندما قصف الجيش": a side past an
 * act of its own after the count is that act's subject; "قتل 15 من عناصر داعش خلال تقدم القوات": past another
 * side, the count is that side's.
 */
function countNames(
  view: Frame['view'],
  q: Quantity,
  c: ActorCandidate,
  candidates: readonly ActorCandidate[],
): boolean {
  const after = tokenAt(view, q.span[1]);
  const apart =
    view.triggers.some((t) => t.phrase.tag !== '@kill' && t.start >= after && t.end <= c.at) ||
    candidates.some((o) => o.at >= after && o.at < c.at && o.side !== c.side);
  if (apart) return false;
  // «مقتل 21 من الحوثيين»: a count whose «من» names the side right after it counts that side's dead.
  if (view.tokens[after]?.norm === 'من' && c.at === after + 1) return true;
  const start = c.ref.spans[0][0];
  const end =
    Math.max(q.span[1], q.nounSpan?.[1] ?? 0) +
    (c.ref.entity_id === null || c.side === 'forces' ? COUNT_NOUN_REACH : 1);
  return start >= q.span[0] && start <= end;
}

/** "185 army casualties", "heavy police losses": a noun of the harmed right after a side names it harmed. */
const CASUALTIES = wordSet('casualties losses fatalities');

/**
 * "had", "also", "later": the words an English verb's tense or an adverb puts between a side and its act
 * ("government forces had also fired missiles"), which leave the side its subject.
 */
const BEFORE_VERB = wordSet('had have has also then later again reportedly allegedly');

/** The token after `at` past any words of `BEFORE_VERB`. */
function pastVerbAdverbs(view: Frame['view'], at: number): number {
  let k = at;
  while (k < view.tokens.length && BEFORE_VERB.has(view.tokens[k].norm)) k++;
  return k;
}

/** Arabic verbs of being killed, not their verbal nouns ("مقتل"): "قتل", "قتلوا", "استشهد". */
const KILLED_VERB = /^(?:قتل|قتلا|قتلوا|استشهد|استشهدا|استشهدوا)$/;
/** Tokens before a force's name in which his rank and «في» stand ("ضابطا كبيرا في الجيش الكيني"). */
const RANK_REACH = 5;
/** «ومن», «وأحد»: words opening an aside on the officer between his force and the verb ("ومن أقرب مساعدي الوزير،"). */
const ASIDE_OPENER = /^و(?:من|احد)$/;
/** Tokens an aside on the officer may run to the comma that closes it. */
const ASIDE_REACH = 8;

/**
 * "ضابطا كبيرا في الجيش الكيني قتل في هجوم": the force of an officer named by his rank right before a verb
 * of killing is the one he served, the harmed — not the subject of the verb. An aside on the officer closed
 * by a comma may stand between ("في الجيش الكيني ومن أقرب مساعدي الرئيس، قتل").
 */
function rankKilled(view: Frame['view'], c: ActorCandidate): boolean {
  const end = asideEnd(view, tokenAt(view, c.ref.spans[0][1]));
  const killed = view.triggers.some(
    (t) => t.start === end && t.phrase.tag === '@kill' && KILLED_VERB.test(view.tokens[end].norm),
  );
  if (!killed) return false;
  const before = wordsBetween(view, Math.max(0, c.at - RANK_REACH), c.at);
  const rank = before.findIndex((w) => RANK.test(w));
  return rank >= 0 && before.slice(rank + 1).includes('في');
}

/**
 * The token after an aside that opens at `at` with `ASIDE_OPENER` and closes with a mark of punctuation
 * (tokens further apart than one space); `at` itself when none opens there.
 */
function asideEnd(view: Frame['view'], at: number): number {
  if (!ASIDE_OPENER.test(view.tokens[at]?.norm ?? '')) return at;
  const last = Math.min(view.tokens.length - 1, at + ASIDE_REACH);
  for (let k = at + 1; k <= last; k++) {
    if (markBefore(view, k)) return k;
  }
  return at;
}

/** Tokens from the end of a side's name to the «على» or «ضد» that names the target of its act. */
const TARGET_REACH = 3;
/**
 * The same, past a second agent joined by «و» and the name or title that follows it ("مسلحي الحوثيين وقوات
 * حليفهم، الرئيس السابق، على حي").
 */
const JOINED_TARGET_REACH = 10;

/** «وقوات», «وعناصر»: "and" joined to the next Arabic word, a second agent. */
const JOINED_BY_AND_AR = /^و[\u0600-\u06ff]{2,}/;
/** «على», «ضد» (folded): where an act's target is named. */
const TARGET_AR = /^(?:علي|ضد)$/;

/**
 * "قصف مسلحي الحوثيين على جامع": members in the genitive right after the verbal noun of an act (other than
 * killing) whose target «على» or «ضد» names after them are the act's agent, not its harmed.
 */
function genitiveAgent(view: Frame['view'], c: ActorCandidate): boolean {
  const act = view.triggers.find(
    (t) => t.end === c.at - 1 && t.phrase.tag !== '@kill' && ARABIC_WORD.test(view.tokens[t.start].norm),
  );
  if (!act || !MEMBER.has(view.tokens[c.at - 1].norm)) return false;
  const end = tokenAt(view, c.ref.spans[0][1]);
  const joined = JOINED_BY_AND_AR.test(view.tokens[end]?.norm ?? '');
  const after = view.tokens.slice(end, end + (joined ? JOINED_TARGET_REACH : TARGET_REACH));
  // Another act told in between opens its own clause: its target is not this one's.
  const stop = after.findIndex((_, i) => view.triggers.some((t) => t.start === end + i));
  const clause = stop < 0 ? after : after.slice(0, stop);
  return clause.some((t) => TARGET_AR.test(t.norm));
}

/** Words that end the subject of a passive told after a side's member: another clause's speech. */
const SPEECH = /^(?:said|says|told|claimed|announced|blamed|reported)$/;
/** Tokens from the side of a member to the passive told of the member ("his son and 20 others were"). */
const MEMBER_PASSIVE_REACH = 10;
/** Tokens from a member's "for" to the side ("the spokesman for Al-Qaeda's Syrian affiliate Al-Nusra"). */
const MEMBER_OF_REACH = 6;
/** Words after a bare participle that make it a passive ("fighters killed in air strikes"). */
const PASSIVE_TAIL = /^(?:in|by|during|when|as|near|at)$/;

/** "spokesman for", "member of": what joins a member to the side. */
const OF_OR_FOR = /^(?:of|for)$/;
const AND_OR = /^(?:and|or)$/;
/** A token in lower case: the word after a side is no capitalised name. */
const LOWER_CASE_START = /^[a-z]/;

/**
 * "The spokesman for the Nusra Front, his son and 20 others were killed in air strikes", "Nusra spokesman
 * killed in strikes": a member of a side named as the subject of an English passive of harm (or of a bare
 * participle a preposition follows) makes the side the harmed.
 *
 * @example memberHarmed(view, nusra) // true for "The spokesman for the Nusra Front was killed"
 */
export function memberHarmed(view: Frame['view'], c: ActorCandidate): boolean {
  const word = (i: number) => view.tokens[i]?.norm ?? '';
  const end = tokenAt(view, c.ref.spans[0][1]);
  if (!LOWER_CASE_START.test(word(c.at))) return false;
  if (!MEMBER.has(word(end)) && !titledBefore(view, word, c.at)) return false;
  for (let i = end; i < end + MEMBER_PASSIVE_REACH && i < view.tokens.length; i++) {
    if (HARMED.test(word(i)) && PASSIVE_TAIL.test(word(i + 1))) return true;
    if (SPEECH.test(word(i)) || view.triggers.some((t) => t.start === i)) return false;
    if (!PASSIVE_AUXILIARY.has(word(i))) continue;
    return harmedAfterAuxiliary(word, i + 1);
  }
  return false;
}

/**
 * "The spokesman for the Nusra Front": a member's title and its "for" or "of" before the side at token `at`,
 * no "and" between; `word` reads a token's folded word.
 */
function titledBefore(view: Frame['view'], word: (i: number) => string, at: number): boolean {
  for (let of = at - 1; of >= at - MEMBER_OF_REACH; of--)
    if (
      OF_OR_FOR.test(word(of)) &&
      MEMBER.has(word(of - 1)) &&
      !view.tokens.slice(of + 1, at).some((t) => AND_OR.test(t.norm))
    )
      return true;
  return false;
}

/** Words between counted members and their side ("عنصرا من داعش", "members of the IS"). */
const PARTITIVE = /^(?:من|of|the)$/;
/**
 * "مسلحين من أعضاء خلية تابعة لتنظيم داعش", "عناصر من مجموعة موالية للحوثيين": the members' cell or band
 * and its ties, which may stand between them and their side (folded forms).
 */
const CELL_TIES =
  /^(?:اعضاء|عناصر|خليه|الخليه|خلايا|مجموعه|المجموعه|مجموعات|نوعيه|مسلحه|ارهابيه|تابعه|التابعه|تابع|التابع|تابعين|التابعين|تنتمي|ينتمون|المنتمين|منتمين|المنتميه|مرتبطه|المرتبطه|مواليه|الموالين|مواليين|الي)$/;
/** How many such words may stand between the counted members and their side. */
const TIES_REACH = 6;

/**
 * "مقتل 15 عنصرا من داعش", 'قتل ستة من عناصر "داعش"': the counted noun is a member word and the side follows
 * it as their whole, maybe right after it past a quote mark, or past the side it is linked to ("members of
 * the Al Qaeda-linked Nusra Front").
 */
function membersOf(view: Frame['view'], noun: readonly [number, number], c: ActorCandidate): boolean {
  const after = tokenAt(view, noun[1]);
  const named = (t: Token) => view.mentions.some((m) => m.span[0] <= t.span[0] && t.span[1] <= m.span[1]);
  const between = view.tokens.slice(after, c.at).filter((t) => !named(t) && !LINKED.test(t.norm));
  return (
    MEMBER.has(view.tokens[after - 1]?.norm ?? '') &&
    c.at >= after &&
    between.length <= TIES_REACH &&
    between.every((t) => PARTITIVE.test(t.norm) || CELL_TIES.test(t.norm)) &&
    between.filter((t) => PARTITIVE.test(t.norm)).length <= 2
  );
}

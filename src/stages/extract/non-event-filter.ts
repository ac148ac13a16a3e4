import { guardedPattern } from '../../core/text/guarded-pattern.js';
import type { EventRecord, TimeExpression } from '../../core/records.js';
import { DAY_MS } from '../../core/day-ms.js';
import { toldAsEffect } from './accident-effect.js';
import { mishapBlast, POLITICAL_KINDS } from './mishap-blast.js';
import { runOverOnRoad } from './run-over.js';
import { answered, answeredTokens } from './answered-acts.js';
import { arrestsAtCrowd } from './arrests-at-crowd.js';
import { inFrame, type Frame } from './frame-builder.js';
import { countedCases } from './counted-cases.js';
import { courtAside } from './court-aside.js';
import { engulfedByWar } from './engulfed-by-war.js';
import { fledFromWar } from './fled-from-war.js';
import { campaignToll, tollSoFar } from './campaign-toll.js';
import { heldCaptives } from './held-captives.js';
import { doneInThePast } from './done-in-the-past.js';
import {
  allusion,
  conductSoFar,
  inBulk,
  massAbductions,
  massArrests,
  namedWave,
  ongoing,
  outbreakOverRegion,
  overPastMonths,
  placedFinely,
  presentOnly,
  stretchOf,
  tallied,
} from './many-incidents.js';
import { protestInGeneral } from './protest-in-general.js';
import { riotsInGeneral } from './generic-waves.js';
import { kindOfHappening } from './what-happens.js';
import { toldAsTrend } from './told-trends.js';
import { datedInClause } from './cue-scope.js';
import { sentenceCarriedOutByState } from './sentenced-executions.js';
import { countedSince, sinceIncident, sinceOpening } from './since-spans.js';
import { officeTerm } from './office-terms.js';
import type { PhraseHit } from './phrase-matcher.js';
import { marksBetween, mayHoldCue, tokenAt, wordsBetween, type SentenceView } from './sentence-view.js';
import { WEAPON_CUE_TAGS } from './weapon-choice.js';

/** Sub-types ordinary crime is told with: a killing, a shooting, a kidnapping, the arrest that follows. */
const CRIME_LIKE = new Set(['Attack', 'Armed clash', 'Arrests', 'Abduction/forced disappearance']);
/** Dead that a killing word alone never tells of one incident. */
export const TALLY_DEAD = 1000;

/**
 * True when a frame tells no incident of its own although its trigger is real: a running total
 * ("17 killed since 22 July"), deaths by accident or disaster (a stampede), a court's ruling, a wave named
 * after a whole region ("the Gujarat riots") or alluded to ("during the riots"), past incidents told in bulk
 * ("previous attacks on Midan"), acts told as what goes on or as a trend ("a rise in attacks"), an act a
 * requirement asks for, a practice an accuser names, or a state's death sentence carried out.
 *
 * @example isNonEvent(frame, text) // true for "11 people were killed in a stampede"
 */
export function isNonEvent(frame: Frame, text: string): boolean {
  if (!told(frame) && sinceIncident(frame)) return true;
  if (toldInGeneral(frame, text)) return true;
  // "similar killings in Syria this year": a year or a month spans many incidents; only a day singles one out.
  // So does it for a wave named after a region, however the rest of its sentence dates something else.
  const undated = !told(frame, 'day');
  if (
    undated &&
    (namedWave(frame, text) ||
      campaignToll(frame) ||
      inBulk(frame) ||
      allusion(frame) ||
      tallied(frame) ||
      ongoing(frame) ||
      stretchOf(frame) ||
      conductSoFar(frame) ||
      doneInThePast(frame) ||
      overPastMonths(frame) ||
      presentOnly(frame) ||
      massArrests(frame) ||
      massAbductions(frame) ||
      engulfedByWar(frame) ||
      fledFromWar(frame) ||
      countedCases(frame) ||
      protestInGeneral(frame) ||
      riotsInGeneral(frame))
  )
    return true;
  if (heldCaptives(frame) || sentenceCarriedOutByState(frame) || tollSoFar(frame) || arrestsAtCrowd(frame))
    return true;
  if (outbreakOverRegion(frame)) return true;
  if (!tollTold(frame) && (cuedBefore(frame, 'need') || accusedPractice(frame))) return true;
  if (countedOverSpan(frame, text) || habitual(frame)) return true;
  const cues = frame.view.cues.filter((c) => c.start >= frame.from && c.end <= frame.to);
  const killsOnly = frame.triggers.every((t) => t.phrase.tag === '@kill');
  // "so far, 60 people had been arrested": a running total of arrests is no one round-up either.
  const tolled = frame.view.quantities.some((q) => q.role === 'killed' || q.role === 'injured');
  const total =
    sinceOpening(frame, text) ||
    cues.some(
      (c) => c.phrase.tag === 'total' && !comparison(frame.view, c.start) && !sinceAlone(frame, text, c.end),
    );
  if ((total && (tolled || frame.family === 'arrest')) || countedSince(frame, undated)) {
    return true;
  }
  // "نعى مقتل 1850 شخصا من سكان الموصل على يد التنظيم": thousands dead told by a killing word alone are a
  // tally of many incidents, not one.
  if (killsOnly && frame.view.quantities.some((q) => q.role === 'killed' && (q.value ?? 0) >= TALLY_DEAD)) {
    return true;
  }
  // "the cyclone has left 300 dead", "the provinces hit by the waves": weak words in a disaster clause with no
  // weapon named tell the disaster.
  const weakOnly =
    frame.triggers.every((t) => t.phrase.strength === 'weak') &&
    !cues.some((c) => WEAPON_CUE_TAGS.has(c.phrase.tag));
  const accident = cues.some((c) => c.phrase.tag === 'accident' && !toldAsEffect(frame.view, c));
  if (accident && (killsOnly || weakOnly)) return true;
  // «دهسته سيارة», «شب حريق في مخزن أعقبه انفجار»: a road accident, and a blast by mishap with no bomb, side or
  // attack to make it an act.
  if (runOverOnRoad(frame) || mishapBlast(frame)) return true;
  // A protest outside a court is still a protest.
  return frame.family !== 'protest' && courtTold(frame, text);
}

/**
 * «ما يجري في البلاد من قتل وخطف», «زيادة عدد الهجمات», "a rise in attacks": a frame whose every act is a kind
 * of what goes on or a trend, with no day told after any of them, tells no one incident. Judged on the frame,
 * not the trigger: a trigger dropped would hand its words to the incident told beside it.
 */
function toldInGeneral(frame: Frame, text: string): boolean {
  const view = frame.view;
  return frame.triggers.every(
    (t) => (kindOfHappening(view, text, t) || toldAsTrend(view, text, t)) && !datedInClause(view, text, t),
  );
}

/**
 * A court's ruling told in the sentence, not in the words of an act the frame answers: "the office was
 * bombed in response to the death sentences passed on three members" is the bombing, not the sentencing. Nor
 * is a trial the act is tied to, or a ruling that tells who its victim was (see `courtAside`).
 */
function courtTold(frame: Frame, text: string): boolean {
  const court = frame.view.cues.filter((c) => c.phrase.tag === 'court');
  if (court.length === 0) return false;
  const scope = answeredTokens(frame.view, text);
  if (answered(scope, frame.triggers[0])) return true;
  return court.some((c) => !answered(scope, c) && !courtAside(frame.view, c, frame.triggers[0], text));
}

/**
 * "the deadliest attack since 2014": a comparison with the past, not a running total. English only: an
 * Arabic "الحادث الأخطر منذ أشهر" is most often a definite reference back, left to the merger.
 */
const SUPERLATIVE = /^(?:first|deadliest|worst|biggest|largest|bloodiest|heaviest|latest|highest|most)$/i;

function comparison(view: SentenceView, at: number): boolean {
  return view.tokens.slice(Math.max(0, at - 3), at).some((t) => SUPERLATIVE.test(t.norm));
}

/** What ends a clause right after a word. */
const CLAUSE_END = /[.,;:!?]/;

/**
 * "the bombing killed 200 people, and the town has struggled ever since": "since" with nothing after it, in a
 * clause of its own after the act, is an adverb of the time after the incident, not a running total counted
 * from a day ("militants have killed 200 people since" still counts).
 */
function sinceAlone(frame: Frame, text: string, end: number): boolean {
  const view = frame.view;
  if (view.tokens[end - 1]?.norm !== 'since') return false;
  if (end < view.tokens.length && !marksBetween(view, text, end - 1, CLAUSE_END)) return false;
  const act = frame.triggers.at(-1)!;
  return CLAUSE_END.test(text.slice(view.tokens[act.end - 1].span[1], view.tokens[end - 1].span[0]));
}

/**
 * "But these were only rumours", "the reports turned out to be false": a sentence that opens by declaring
 * what was just told untrue. English only for now.
 */
const RETRACTION =
  /^[\s"'“]*(?:(?:but|however|yet|and)\b[\s,!.]*(?:wait\b[\s,!.]*)?)?(?:these|those|they|this|that|it|all (?:these|this|that)|the (?:reports?|claims?|stories|rumou?rs?|news))\s+(?:were|was|are|is|had been|turned out to be|proved to be|proved)\s+(?:only\s+|just\s+|mere\s+|merely\s+|nothing but\s+|all\s+|a\s+)?(?:rumou?rs?|false|hoax(?:es)?|unfounded|baseless|untrue|fake)\b/i;

/**
 * Whether a sentence retracts the incidents told just before it.
 *
 * @example retracts(view, 'Lynchings were reported. But these were only rumours.') // true for the second
 */
export function retracts(view: SentenceView, text: string): boolean {
  return RETRACTION.test(text.slice(view.span[0], view.span[1]));
}

/**
 * Whether the frame's clause gives a date (of a day, when asked: not the day words were said) or a toll:
 * what makes a mention of a past incident one incident.
 */
function told(frame: Frame, precision?: 'day'): boolean {
  const own = (t: TimeExpression) => !precision || (t.precision === precision && !saidOn(frame.view, t));
  return frame.view.times.some((t) => inFrame(frame, t.span) && own(t)) || tollTold(frame);
}

/** Verbs of saying whose day a time right after them gives: "claimed on Wednesday", "قال يوم الاثنين". */
const SAYING =
  /^(?:said|says|claimed|told|announced|stated|added|[وف]?(?:قال|قالت|اعلن|اعلنت|ذكر|ذكرت|صرح|اكد|اكدت))$/;
/** Words that may stand between the verb and its day: "on", "يوم", "في". */
const DAY_PREPOSITION = /^(?:on|يوم|في)$/;

function saidOn(view: SentenceView, time: TimeExpression): boolean {
  let at = tokenAt(view, time.span[0]) - 1;
  if (DAY_PREPOSITION.test(view.tokens[at]?.norm ?? '')) at--;
  return SAYING.test(view.tokens[at]?.norm ?? '');
}

function tollTold(frame: Frame): boolean {
  return frame.view.quantities.some(
    (q) => (q.role === 'killed' || q.role === 'injured') && inFrame(frame, q.span),
  );
}

/** Words right before the day a span of time opens with: "في الفترة من", "between", "from". */
const SPAN_OPENS = /^(?:من|بين|between|from)$/;
/** Words right before the day it closes with: "وحتى", "إلى", "until", "and". */
const SPAN_CLOSES = /^(?:[و]?(?:حتي|الي|لغايه)|until|to|through|and|و)$/;
/** "وشهدت نفس الفترة", "in the same period": a span told before, taken up again. */
const SAME_PERIOD = guardedPattern(/(?:^|\s)(?:نفس الفتره|الفتره (?:نفسها|ذاتها)|the same period)(?:\s|$)/);
/** The word of "the period" one of which every match of `SAME_PERIOD` holds. */
const PERIOD_WORDS = ['period', 'الفتره'];
const SHORTEST_PERIOD_WORD = Math.min(...PERIOD_WORDS.map((w) => w.length));
/**
 * Whether a token from `from` up to `to` holds one of `PERIOD_WORDS`. Asked of every frame's tokens, most of
 * them shorter than any of the words: those are passed over by their length, with no search.
 */
function holdsPeriodWord(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, view.tokens.length); k++) {
    const norm = view.tokens[k].norm;
    if (norm.length < SHORTEST_PERIOD_WORD) continue;
    for (const word of PERIOD_WORDS) if (norm.includes(word)) return true;
  }
  return false;
}
/** Days a span must run over to hold more than one incident. */
const SPAN_MIN_DAYS = 3;

/**
 * "في الفترة من 7 يونيو وحتى العاشر من الشهر الجاري، قتل 40 جنديا", "between 1 and 20 May, 40 were killed",
 * "وشهدت نفس الفترة مقتل 11": what the frame tells over a span of days is a running total of many incidents,
 * not one. A range the times stage read as a part of a month ("منتصف فبراير") is a vague day, not a span; a
 * range of years after an office ("the mayor from 1994-1998") is its holder's term.
 */
function countedOverSpan(frame: Frame, text: string): boolean {
  const view = frame.view;
  // The words are listed and joined only for a frame that holds the period's own word, which no other frame
  // is worth: looked for token by token, with no list of every frame's words made first.
  if (
    holdsPeriodWord(view, frame.from, frame.to) &&
    SAME_PERIOD.test(wordsBetween(view, frame.from, frame.to).join(' '))
  )
    return true;
  const before = (t: TimeExpression, cue: RegExp) =>
    cue.test(view.tokens[tokenAt(view, t.span[0]) - 1]?.norm ?? '');
  const spans = (from: string | null, to: string | undefined | null) =>
    from !== null && !!to && Date.parse(to) - Date.parse(from) > SPAN_MIN_DAYS * DAY_MS;
  const times = view.times.filter((t) => inFrame(frame, t.span) && !officeTerm(view, text, t));
  return times.some(
    (t, i) =>
      (/\brange\b/.test(t.reason) && spans(t.value, t.end)) ||
      (before(t, SPAN_OPENS) &&
        times.slice(i + 1).some((later) => before(later, SPAN_CLOSES) && spans(t.value, later.value))),
  );
}

/**
 * "per day", "every week", "daily" after the act: a rate, told of many acts. Arabic rates («يوميا», «كل يوم»)
 * are cues of the lexicon already; English ones stand after the act and need the word before the unit.
 */
const RATE = /^(?:per|every|each)$/;
const RATE_UNIT = /^(?:day|week|month|hour)$/;
const RATE_WORD = /^daily$/;
/** "at the daily paper", "a daily newspaper": "daily" after a determiner names a kind of thing, not a rate. */
const DETERMINER = /^(?:the|a|an)$/;
/** Tokens after the frame's last trigger within which its rate is told ("90 strikes per day on …"). */
const RATE_REACH = 3;

/**
 * "the air force carries out up to 90 strikes per day": acts told at a rate are a habit of many days,
 * not one incident.
 */
function habitual(frame: Frame): boolean {
  const tokens = frame.view.tokens;
  const last = frame.triggers.at(-1)!.end;
  for (let at = last; at < Math.min(frame.to, last + RATE_REACH); at++) {
    const word = tokens[at].norm;
    const named = DETERMINER.test(tokens[at - 1]?.norm ?? '') && tokens[at + 1]?.norm !== 'basis';
    if ((RATE_WORD.test(word) && !named) || (RATE.test(word) && RATE_UNIT.test(tokens[at + 1]?.norm ?? '')))
      return true;
  }
  return false;
}

/** How far before a frame's first trigger a requirement or an accusation governs it (tokens). */
const GOVERN_REACH = 16;

/**
 * A cue of the kind before the frame's first trigger, close, with no other incident word between them:
 * "ما يستدعي العمل معا … لملاحقة المتشددين واعتقالهم".
 */
function cuedBefore(frame: Frame, tag: string): boolean {
  const first = frame.triggers[0].start;
  const floor = Math.max(
    first - GOVERN_REACH,
    ...frame.view.triggers.filter((t) => t.end <= first && !frame.triggers.includes(t)).map((t) => t.end),
  );
  return frame.view.cues.some((c) => c.phrase.tag === tag && c.start >= floor && c.end <= first);
}

/**
 * "اتهمت المنظمة إسرائيل باستخدام القوة لاعتقال أطفال": an act an accuser charges, with no toll and no place
 * finer than a country or region, is a practice named in a report, not an incident. A town makes it one
 * ("اتهم الحوثيين بقصف عدن"), and "the massacre" is the incident told elsewhere, its perpetrator named.
 */
function accusedPractice(frame: Frame): boolean {
  return !placedFinely(frame) && !frame.anaphoric && cuedBefore(frame, 'accusation');
}

/**
 * An article about ordinary crime: it names a crime ("الجاني", "murder case"), and no armed group or party
 * and no word of extremism, terror, settlers or sectarian strife.
 * Its killings and arrests are not political violence unless a named armed side carries them out.
 *
 * @example isCrimeStory(views) // true for a road-rage killing and the arrest of the suspect
 */
export function isCrimeStory(views: readonly SentenceView[], text: string): boolean {
  // Most sentences hold no word a crime or political cue opens with: their cues need not be found to know.
  const cued = (tag: string) =>
    views.some((v) => mayHoldCue(v, tag) && v.cues.some((c) => c.phrase.tag === tag));
  const crime = views.some(
    (v) =>
      mayHoldCue(v, 'crime') &&
      v.cues.some((c) => c.phrase.tag === 'crime' && !agencyName(v, text, c) && !dismissedMotive(v, c)),
  );
  if (!crime || cued('political')) return false;
  return !views.some((v) => v.mentions.some((m) => POLITICAL_KINDS.has(m.kind)));
}

/**
 * Words that set a motive aside: "robbery is unlikely", "police ruled out robbery", "discarded robbery as a
 * motive", «استبعدت دافع السرقة».
 */
const DISMISSING =
  /^(?:unlikely|ruled|rule|rules|excluded|discounted|discarded|[وف]?(?:استبعد|استبعدت|استبعدوا|يستبعد|تستبعد|مستبعد|مستبعدا|مستبعده))$/;
/**
 * How many tokens either side of a crime word the word setting it aside may stand ("discarded any thought of
 * armed robbery").
 */
const DISMISS_REACH = 5;

/**
 * "robbery seems unlikely", "police ruled out theft": a crime named only to be set aside makes the
 * story no crime story; the killing is left to the reader's other words.
 */
function dismissedMotive(view: SentenceView, cue: PhraseHit): boolean {
  const near = view.tokens.slice(Math.max(0, cue.start - DISMISS_REACH), cue.end + DISMISS_REACH);
  return near.some((t) => DISMISSING.test(t.norm));
}

/** Head words of an agency's name that a crime word may open ("Drug Enforcement Administration"). */
const AGENCY_HEAD =
  /^(?:Enforcement|Control|Squad|Unit|Agency|Administration|Bureau|Office|Department|Division|Task|Commission|Prevention|Investigation|Investigations)$/;

/**
 * "an official of the Drug Enforcement Administration", "the Serious Fraud Office": a crime word written in
 * capitals before an agency's head word names the agency fighting that crime, not a crime the story tells.
 */
function agencyName(view: SentenceView, text: string, cue: PhraseHit): boolean {
  const last = view.tokens[cue.end - 1];
  const next = view.tokens[cue.end];
  if (!next || !/^\p{Lu}/u.test(text.slice(last.span[0], last.span[1]))) return false;
  return AGENCY_HEAD.test(text.slice(next.span[0], next.span[1]));
}

/**
 * Whether an event of a crime story is still worth a record: a protest or a riot it set off is; the
 * killing, shooting or kidnapping itself and the arrests that follow are not.
 *
 * @example keepInCrimeStory(record) // false for an Attack in a murder story
 */
export function keepInCrimeStory(event: EventRecord): boolean {
  return !CRIME_LIKE.has(event.sub_event_type?.value ?? '');
}

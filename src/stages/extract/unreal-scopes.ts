/** Scopes wider than a cue's few tokens in which an act is wished, denied or named, not told as done. */
import { wordSet } from '../../core/text/word-set.js';
import { ARABIC_CALLED, ARABIC_DEMANDED } from './appeal-words.js';
import { RELATIVE_PRONOUNS } from './relative-pronouns.js';
import type { PhraseHit } from './phrase-matcher.js';
import { marksBetween, viewWith, type SentenceView } from './sentence-view.js';
import { clauseEndsAfter, holdsWordIn } from './cue-scope.js';

/** Ends a sentence's main clause: an act past it is no longer the object of a call. */
const SENTENCE_BREAK = /[.;:!?؟؛]/;

/**
 * Verbs and nouns of calling and urging, whose object opens with «إلى», «على» or "to": "دعا", "دعوات", "حث",
 * "urged". English "called" is left out: "the bandh called by the VHP to protest" is a strike held.
 */
const CALL = new Set([
  ...wordSet(`${ARABIC_CALLED} يدعو تدعو يدعون ندعو دعوه دعوات الدعوه يحث تحث`, 'و ف'),
  ...wordSet('urged urges urging exhorted incited encouraged appealed'),
]);
/** Verbs and nouns of demanding, whose object may be a «ب» noun: "طالب بمهاجمة", "ناشد". */
const DEMAND = wordSet(`${ARABIC_DEMANDED} يطالب تطالب يطالبون مطالبه مطالبات يناشد`, 'و ف');
/**
 * Verbs of threatening, whose «ب» noun is the act threatened: "هدد … باغتيال", "توعد … بشن هجمات"; and of
 * foreboding, whose «ب» noun is what a situation portends: «الوضع ينذر بانفجار», «أنذر الموقف بمواجهات».
 */
const THREAT = wordSet(
  'هدد هددت هددوا يهدد تهدد يهددون مهددا مهدده مهددين توعد توعدت توعدوا يتوعد تتوعد متوعدا ' +
    'انذر انذرت ينذر تنذر منذرا منذره ينبي تنبي',
  'و ف',
);
/**
 * Verbs of warning, whose «ب» noun is the act threatened ("حذروا … بقتل الرهائن") and whose «من» opens the
 * act warned against ("حذر … من الاستمرار في إطلاق الصواريخ").
 */
const WARN = wordSet('حذر حذرت حذروا يحذر تحذر يحذرون محذرا محذره', 'و ف');
/** Every word of the four kinds above: the one look-up for each of the twenty words before a trigger. */
const APPEAL = new Set([...CALL, ...DEMAND, ...THREAT, ...WARN]);
/** "دعا … إلى", "حث … على", "urged … to": the word that opens what is called for. */
const CALLED_FOR = /^(?:الي|علي|to)$/;
/**
 * Words of carrying out that may stand between that word and the act: "إلى شن مزيد من الهجمات", "to carry
 * out more lone-wolf attacks".
 */
const CARRYING_OUT =
  /^(?:شن|تنفيذ|مزيد|المزيد|من|ارتكاب|القيام|بشن|بتنفيذ|عمليات|العمليات|الاستمرار|مواصله|في|launch|carry|out|stage|mount|commit|conduct|wage|step|up|more|new|further|fresh|lone|wolf|lone-wolf|a|an|the|their|its)$/;
/** How far after the call its object may open: a long subject may stand between ("دعا قيادي آخر … إلى"). */
const CALL_REACH = 20;

/**
 * "ودعا التنظيم أنصاره إلى تنفيذ هجمات جديدة", "طالب في رسالة نشرها أمس موقع
 * بمهاجمة أميركا", "urged its supporters around the world to launch more attacks": the act a call or a
 * demand asks for (after its «إلى», «على» or "to", or as the «ب» noun of a demand or a threat), and the act a
 * warning warns against (after its «من»), is wished or feared, not done,
 * however long the subject told between the call and its object. A relative clause still open there
 * ("طالب الأهالي الذين خرجوا إلى الشوارع في مظاهرة …") tells acts of its own.
 */
export function calledFor(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const tokens = view.tokens;
  const near = (k: number) =>
    k < trigger.start &&
    trigger.start - k <= CALL_REACH &&
    !SENTENCE_BREAK.test(text.slice(tokens[k].span[1], tokens[trigger.start].span[0]));
  let call = -1;
  for (let k = Math.max(0, trigger.start - CALL_REACH); k < trigger.start && call < 0; k++) {
    const word = tokens[k].norm;
    if (APPEAL.has(word) && near(k)) call = k;
  }
  if (call < 0) return false;
  const warned = WARN.has(tokens[call].norm);
  let opener = trigger.start - 1;
  // A warning's «من» opens its object, though «من» is also a word of carrying out ("مزيد من").
  while (opener > call && CARRYING_OUT.test(tokens[opener].norm) && !(warned && tokens[opener].norm === 'من'))
    opener--;
  const asNoun =
    (DEMAND.has(tokens[call].norm) || THREAT.has(tokens[call].norm) || WARN.has(tokens[call].norm)) &&
    tokens[trigger.start].norm.startsWith('ب') &&
    !trigger.phrase.words[0].startsWith('ب');
  if (asNoun) opener = trigger.start;
  else if (
    opener <= call ||
    !(CALLED_FOR.test(tokens[opener].norm) || (warned && tokens[opener].norm === 'من'))
  )
    return false;
  const relative = tokens.slice(call + 1, opener).findLastIndex((t) => RELATIVE_PRONOUNS.has(t.norm));
  if (relative < 0) return true;
  return COMMA.test(text.slice(tokens[call + 1 + relative].span[1], tokens[opener].span[0]));
}

/** An English or an Arabic comma. */
const COMMA = /[,،]/;

/** "لا توجد", "لا يوجد", "ليس هناك", "there is no": what is said not to exist. */
const NO_SUCH =
  /^(?:لا (?:يوجد|توجد|وجود)|ليس(?:ت)? (?:هناك|هنالك|ثمه)|عدم وجود|there (?:is|are|was|were) no)$/;
/** The first words of NO_SUCH: only a pair or triple opening so can match it. */
const DENIAL_OPENERS = new Set(['لا', 'ليس', 'ليست', 'عدم', 'there']);
/** Things whose existence a text may deny while the incident stands: evidence, word of it, casualties. */
const OF_TELLING = wordSet(
  'دليل ادله اثبات معلومات تاكيد تفاصيل انباء تقارير اصابات ضحايا خساير قتلي جرحي اضرار evidence proof sign ' +
    'indication information confirmation word report reports details casualties injuries deaths dead victims damage',
);
/** "there were no casualties in the attack": the act after a preposition is where nothing was missing. */
const PLACE_OF_ACT = /^(?:in|on|at|of|during|from|after|the|a|an|في|خلال|جراء|اثر|بعد)$/;
/** What ends the description of the thing said not to exist. */
const DESCRIPTION_END = /[.,;:!?،؛؟]/;

/**
 * "عالم لا تتقاتل فيه الأحزاب", "a world where there are no armies that bomb cities":
 * an act told of something the sentence says does not exist did not happen. Up to the next comma; "لا يوجد
 * دليل على أن …" denies evidence, not the act.
 */
export function ofNothing(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const tokens = view.tokens;
  if (PLACE_OF_ACT.test(tokens[trigger.start - 1]?.norm ?? '')) return false;
  // Only a denial's first word, one or two tokens before a `k` of the walk below, returns true there.
  if (!holdsWordIn(view, 0, trigger.start - 1, DENIAL_OPENERS)) return false;
  for (let k = trigger.start - 1; k >= 1; k--) {
    if (marksBetween(view, text, k, DESCRIPTION_END)) return false;
    if (OF_TELLING.has(tokens[k].norm)) return false;
    if (!DENIAL_OPENERS.has(tokens[k - 1].norm) && !DENIAL_OPENERS.has(tokens[k - 2]?.norm ?? '')) continue;
    const pair = `${tokens[k - 1].norm} ${tokens[k].norm}`;
    const triple = k >= 2 ? `${tokens[k - 2].norm} ${pair}` : '';
    if (NO_SUCH.test(pair) || NO_SUCH.test(triple)) return true;
  }
  return false;
}

/** "لم يعد", "لم نعد", "no longer": a habit that has changed. */
const NO_LONGER = /^(?:لم (?:يعد|تعد|نعد|اعد|يعودوا)|no longer)$/;
/** The first words of NO_LONGER. */
const HABIT_OPENERS = new Set(['لم', 'no']);
/** The imperfect verb or the English verb that says what no longer happens ("لم يعد يلفت", "no longer shocks"). */
const HABIT_VERB = /^(?:[يتن][\u0600-\u06ff]{2,}|[a-z]+)$/;

/**
 * "لم نعد نلتفت إلى خبر مقتل عشرات في تفجير", "we no longer notice the killing of …": what a
 * changed habit is told of, up to the next comma, is a kind of happening, not one incident.
 */
export function noLongerHeeded(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const tokens = view.tokens;
  // Only an opener of a changed habit, two tokens before a `k` of the walk below, returns true there.
  if (!holdsWordIn(view, 0, trigger.start - 2, HABIT_OPENERS)) return false;
  for (let k = trigger.start - 1; k >= 2; k--) {
    if (marksBetween(view, text, k, DESCRIPTION_END)) return false;
    if (!HABIT_OPENERS.has(tokens[k - 2].norm)) continue;
    if (NO_LONGER.test(`${tokens[k - 2].norm} ${tokens[k - 1].norm}`) && HABIT_VERB.test(tokens[k].norm))
      return true;
  }
  return false;
}

/** Participles that make "X-" an adjective of the place hit: "riot-ravaged", "violence-hit", "strife-torn". */
const AFFECTED =
  /^(?:hit|ravaged|torn|affected|stricken|struck|scarred|battered|wracked|racked|plagued|prone|ridden|devastated|shattered|damaged|weary)$/i;

/** A letter and a hyphen: the first half of a compound adjective ends right before. */
const HYPHEN_AFTER_LETTER = /\p{L}-$/u;
/** A hyphen that opens a token ("-hit" after "flood"). */
const LEADING_HYPHEN = /^-/;

/**
 * "riot-ravaged Gujarat", "the violence-hit areas": an incident noun as the first half of a compound
 * adjective tells what a place has suffered, a state of it, not an incident. So does a participle of
 * suffering as its second half ("the calamity-struck people", "flood-hit villages").
 */
export function compoundAdjective(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'en') return false;
  const start = view.tokens[trigger.start].span[0];
  const hyphened = HYPHEN_AFTER_LETTER.test(text.slice(Math.max(0, start - 2), start));
  if (hyphened && trigger.end - trigger.start === 1 && AFFECTED.test(view.tokens[trigger.start].norm))
    return true;
  const end = view.tokens[trigger.end - 1].span[1];
  const next = view.tokens[trigger.end];
  if (!next || text[end] !== '-') return false;
  const word = next.norm === '-' ? view.tokens[trigger.end + 1]?.norm : next.norm.replace(LEADING_HYPHEN, '');
  return AFFECTED.test(word ?? '');
}

/** The English cue of a warning, one or several. */
const WARNING = /^warnings?$/;
/** "without (prior|any|advance) warning": no warning was given, so the act came unannounced. */
const WITHOUT = /^(?:without|no)$/;
/** Words that may stand between "without" and its warning. */
const WARNING_GAP = /^(?:a|any|prior|advance|previous|forewarning|telephone|phone|proper)$/;
/** Verbs of giving a warning by telephone or in words: "called in", "phoned", "gave" a warning. */
const GAVE = /^(?:called|phoned|telephoned|gave|given)$/;

/** Modals by which a warning's message tells a deed to come: "a warning that car bombs would go off". */
const FUTURE = /^(?:would|will|shall)$/;
/** How many words into a warning's message its modal may stand ("a warning that the rebels would"). */
const MESSAGE_REACH = 6;

/**
 * "a warning that car bombs would go off": the message after a warning, up to the next punctuation, tells
 * a deed to come. "phoned in a warning that a bomb had been planted" tells of one already in place.
 */
function foretells(view: SentenceView, text: string, from: number): boolean {
  const tokens = view.tokens;
  for (let k = from; k < Math.min(tokens.length, from + MESSAGE_REACH); k++) {
    if (marksBetween(view, text, k - 1, DESCRIPTION_END)) return false;
    if (FUTURE.test(tokens[k].norm)) return true;
  }
  return false;
}

/**
 * "Without prior warning, a bomb exploded", "the cell called in a warning, a car bomb went off": a
 * warning said not to have been given, or one given about a device already planted, tells no threat of a
 * deed to come; the bombing after it happened ("warned it would attack", "gave a warning that it would
 * attack" still govern their act). The token ranges of such warnings, with the words before them
 * ("without any warning").
 */
function idleWarnings(view: SentenceView, text: string): [number, number][] {
  // A loop, not a flatMap: a sentence has many cues and most are no warning, each an empty array to make.
  const idle: [number, number][] = [];
  for (const cue of view.cues) {
    const words = cue.phrase.words;
    if (cue.phrase.lang !== 'en' || words.length !== 1 || !WARNING.test(words[0])) continue;
    let k = cue.start - 1;
    while (k >= 0 && WARNING_GAP.test(view.tokens[k].norm)) k--;
    const before = view.tokens[k]?.norm ?? '';
    const gaveIn = before === 'in' && GAVE.test(view.tokens[k - 1]?.norm ?? '');
    const given = (GAVE.test(before) || gaveIn) && !foretells(view, text, cue.end);
    if (WITHOUT.test(before) || given) idle.push([k, cue.end]);
  }
  return idle;
}

/**
 * The sentence's view without the cues inside its idle warnings (see idleWarnings): what is left may still
 * tell a threat. Most sentences tell no idle warning, and their view comes back as it is, not copied.
 */
export function heededView(view: SentenceView, text: string): SentenceView {
  const idle = idleWarnings(view, text);
  if (idle.length === 0) return view;
  return viewWith(view, {
    cues: view.cues.filter((c) => !idle.some(([from, to]) => c.start >= from && c.end <= to)),
  });
}

/** Verbs that set a report aside as untrue: "denied", "dismissed", "dispelled", "refuted". */
const SET_ASIDE = wordSet(
  'denied denies deny denying dismissed dismisses dispelled dispels refuted refutes rejected rejects debunked quashed',
);
/** What such a verb sets aside: a report, a claim, a rumour. */
const REPORT_WORD = wordSet(
  'report reports claim claims rumour rumours rumor rumors allegation allegations suggestion suggestions speculation',
);
/** Words that may stand between the verb and its report: "denied media reports", "dismissed the earlier claims". */
const REPORT_GAP = 2;
/** What opens the content of the report: "reports that", "reports of". */
const REPORT_CONTENT = /^(?:that|of)$/;
/** A side's own forces in the report's content ("reports that its jets bombed"): the hand is disputed. */
const OWN_SIDE = /^(?:its|their|his|her|our)$/;
/** A word tying a side to the act ("reports that the group was behind the blast"): the hand is disputed. */
const TIE = /^(?:behind|responsible|involved|linked|tied|connected|involvement|responsibility|role)$/;

/**
 * "The army denied reports that eight soldiers were killed in an ambush", "police dispelled rumours of a
 * shooting at the market": every act told in the content of a report set aside as untrue, up to the clause's
 * end, is denied, however far from the verb. A report that only ties a side to the act ("denied reports that
 * its jets bombed the hospital", "dismissed claims that the group was behind the blast") disputes the hand,
 * and the act stands.
 */
export function inDeniedReport(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'en' || !holdsWordIn(view, 0, trigger.start, SET_ASIDE)) return false;
  const tokens = view.tokens;
  for (let k = trigger.start - 1; k >= 1; k--) {
    if (clauseEndsAfter(view, text, k)) return false;
    if (!REPORT_CONTENT.test(tokens[k].norm) || !REPORT_WORD.has(tokens[k - 1].norm)) continue;
    const verb = tokens
      .slice(Math.max(0, k - 2 - REPORT_GAP), k - 1)
      .findLastIndex((t) => SET_ASIDE.has(t.norm));
    if (verb < 0) continue;
    const content = tokens.slice(k + 1, trigger.start);
    return !content.some((t) => OWN_SIDE.test(t.norm) || TIE.test(t.norm));
  }
  return false;
}

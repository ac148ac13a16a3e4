import { wordSet } from '../../core/text/word-set.js';
import { spanContains, type Span } from '../../core/span.js';
import type { Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';
import { clauseEndsAfter, datedInClause, holdsWordIn } from './cue-scope.js';

// Triggers a sentence names without telling them as done: an act inside a plan, an act inside an Arabic
// condition, and an incident named again as what came before ("following the attack").

/** "الخطة", "خطتها", "the plan", "a scheme": a plan named as a noun (folded forms). */
const PLAN = new Set([
  ...wordSet('خطه خطط مخطط مخططات', 'و ف ب ال وال فال بال'),
  ...wordSet('خطته خطتها خطتهم مخططه مخططها مخططهم', 'و ف ب'),
  ...wordSet('plan plans blueprint scheme'),
]);
/** Tokens after a plan's noun within which the acts it sets out stand («الخطة التي وضعتها القيادة … بعد تحرير»). */
const PLAN_REACH = 16;
/** "a caller tipped off the police and police found a bomb": an English conjunction opens a clause of its own. */
const NEW_CLAUSE = wordSet('and but while when as then');
/** English verbs told as done: a plan's own words are a gerund or an infinitive ("after retaking", "to storm"). */
const DONE = /^(?:[a-z]+ed|struck|took|retook|shot|fought|threw|blew|seized|stormed|hit|beat)$/i;

/**
 * "الخطة التي وضعتها القيادة تقضي بالتوجه إلى الموصل بعد تحرير الرمادي", "the plan is to move on Mosul after
 * retaking Ramadi": an act a plan sets out, named by a verbal noun or a gerund, is to come. A finite verb
 * after it tells what befell the plan ("the plan failed when militants attacked").
 */
function inPlan(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  if (trigger.phrase.pos === 'verb' || DONE.test(view.tokens[trigger.start].norm)) return false;
  // Only a plan's word returns true below.
  if (!holdsWordIn(view, trigger.start - PLAN_REACH, trigger.start, PLAN)) return false;
  for (let k = trigger.start - 1; k >= Math.max(0, trigger.start - PLAN_REACH); k--) {
    if (clauseEndsAfter(view, text, k)) return false;
    if (NEW_CLAUSE.has(view.tokens[k].norm)) return false;
    if (PLAN.has(view.tokens[k].norm)) return true;
  }
  return false;
}

/** «إذا», «لو» and their conjunctions: an Arabic condition opens (folded forms). */
const CONDITION = wordSet('اذا لو', 'و ف');
/** The answer of a condition: «فإن», «فسوف», «فستقوم», «لكان» (folded forms). */
const ANSWER = /^(?:فان|فانه|فانها|فانهم|فسوف|فلن|فقد|فلا|لكان|لكانت|لما)$|^فس[يتن]/;
/** Tokens a condition may run before its answer. */
const CONDITION_REACH = 20;

/**
 * «إذا هاجم المسلحون المدينة مرة أخرى فإن الجيش سيرد», «لو قصفت الطائرات مواقعهم لتمكنت القوات»: an act
 * between a condition word and its answer is a supposition, however long the condition runs.
 */
function inCondition(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'ar') return false;
  // Only a condition's word returns true below.
  if (!holdsWordIn(view, trigger.start - CONDITION_REACH, trigger.start, CONDITION)) return false;
  for (let k = trigger.start - 1; k >= Math.max(0, trigger.start - CONDITION_REACH); k--) {
    const norm = view.tokens[k].norm;
    if (ANSWER.test(norm) || clauseEndsAfter(view, text, k)) return false;
    if (CONDITION.has(norm)) return true;
  }
  return false;
}

/**
 * An Arabic imperfect verb with the future «س» («سينفذ», «ستسمح», «سيشنون»), folded. Nouns that open with
 * the same letters end in «ه», «ات», «ين», «ي» or «ء» («سيارة», «سيارات», «ستين», «سياسيا», «سيناء») or are
 * too short («ست», «سيف»); «سيطر» (took control) is a past verb; names are read from the mentions.
 */
const FUTURE_VERB = /^[وف]?(?!سيطر)س[يتن](?!.*(?:ه|ات|ين|يا?|ء)$)[^\s]{2,}$/;
const SEEN = 0x633;
const AND = 0x648;
const SO = 0x641;

/** Whether a word has the «س» that `FUTURE_VERB` needs first, or after «و» or «ف»: most words lack it. */
function mayBeFuture(word: string): boolean {
  const first = word.charCodeAt(0);
  return first === SEEN || ((first === AND || first === SO) && word.charCodeAt(1) === SEEN);
}
/** Verbal nouns of carrying out that may stand between the future verb and the act: «ستسمح بتنفيذ ضربات». */
const CARRYING = /^(?:ب|ل)?(?:تنفيذ|شن|القيام|ارتكاب|توجيه|اطلاق|مزيد|المزيد|من)$/;
/** Tokens before the act (past carrying-out words) within which the future verb governs it. */
const FUTURE_REACH = 3;

/**
 * «ستسمح الحكومة بتنفيذ ضربات جوية», «وقال إن الجيش سينفذ ضربات على معاقلهم»: an act named by a noun that a
 * future verb governs, close before it in the same clause, is still to come.
 */
function foretold(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'ar' || trigger.phrase.pos === 'verb') return false;
  let k = trigger.start - 1;
  while (k >= 0 && CARRYING.test(view.tokens[k].norm)) k--;
  for (let reach = 0; k >= 0 && reach < FUTURE_REACH; k--, reach++) {
    if (clauseEndsAfter(view, text, k)) return false;
    const token = view.tokens[k];
    if (
      mayBeFuture(token.norm) &&
      FUTURE_VERB.test(token.norm) &&
      !view.mentions.some((m) => spanContains(m.span, token.span))
    )
      return true;
  }
  return false;
}

/** «إثر», «عقب», «في أعقاب», "following": the incident after it is one that came before the act told. */
const FOLLOWING = /^(?:[وف]?(?:اثر|عقب|اعقاب)|following)$/i;
/** «بعد», «قبيل», «منذ» and the words of «إثر»: time told from an incident (folded). */
const TIME_FROM = /^[وف]?(?:بعد|قبل|قبيل|عقب|اثر|اعقاب|غداه|منذ)$/;
/** A possessive pronoun on a verbal noun: «اغتياله», «تفجيرها», «اختطافهم». */
const POSSESSIVE = /(?:ه|ها|هم|هما|هن)$/;

/**
 * «أقيمت جنازته بعد اغتياله», «زار المدينة قبيل اغتياله», «أعيد فتح الجسر بعد تفجيره»: an act whose victim
 * is told by a pronoun, named as the time of something else, is one the reader already knows.
 */
function timedByKnownAct(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'ar' || trigger.phrase.pos === 'verb') return false;
  const token = view.tokens[trigger.start];
  const pronoun = token.stem !== token.norm && POSSESSIVE.test(token.norm);
  return pronoun && TIME_FROM.test(view.tokens[trigger.start - 1]?.norm ?? '');
}

const ARABIC_ARTICLE = /^(?:ال|لل)/;
const THE = /^the$/i;

/**
 * «وعقب الهجوم، أغلقت الشرطة الطرق», "Following the attack, police closed the roads": a definite incident
 * noun after «إثر»/«عقب»/"following" refers back to an incident already told, not a new one.
 */
function followingKnown(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.pos === 'verb') return false;
  const first = view.tokens[trigger.start].norm;
  const article = trigger.phrase.lang === 'ar' ? ARABIC_ARTICLE.test(first) : false;
  const the = THE.test(view.tokens[trigger.start - 1]?.norm ?? '');
  const at = trigger.start - (the ? 2 : 1);
  return (article || the) && FOLLOWING.test(view.tokens[at]?.norm ?? '');
}

/**
 * A trigger the sentence names without telling it as done: inside a plan, inside an Arabic condition, after
 * a future verb, or as an incident already told that the news came after or that times another act.
 *
 * @example plannedOrKnown(view, text, trigger) // true for "retaking" in "the plan is to move after retaking Ramadi"
 */
export function plannedOrKnown(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  return (
    inPlan(view, text, trigger) ||
    inCondition(view, text, trigger) ||
    foretold(view, text, trigger) ||
    followingKnown(view, trigger) ||
    timedByKnownAct(view, trigger)
  );
}

/** «بعد», «عقب», «منذ», "after", "since": the first word of a trigger that tells ground taken before the news. */
const BEFORE_THE_NEWS = /^(?:بعد|عقب|اثر|منذ|after|since)$/i;

/**
 * «انخرط القادة بعد تحرير عدن في أعمال نهب واسعة», "returned after retaking the town": ground taken,
 * told by a word of time past as what the news came after, with no day of its own, is a background allusion:
 * its words (the time word), else null. Its day is not the news's.
 *
 * @example alludedGround(frame, text) // the span of «بعد» in «بعد تحرير عدن»
 */
export function alludedGround(frame: Frame, text: string): Span | null {
  const { view, triggers } = frame;
  if (frame.family !== 'territory') return null;
  if (!triggers.every((t) => BEFORE_THE_NEWS.test(t.phrase.words[0]))) return null;
  if (triggers.some((t) => datedInClause(view, text, t))) return null;
  return view.tokens[triggers[0].start].span;
}

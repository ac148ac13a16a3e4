/** The group that arrested, when no force is named: it seized the people (an abduction, as typed). */
import type { ActorCandidate } from './actor-finder.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/**
 * "ألقى المسلحون القبض على خمسة جنود", "Hamas arrested two men", "اعتقل تنظيم داعش 20 شابا": with no force
 * named, a group standing right before the arrest word, or right after an Arabic arrest verb (its subject),
 * made it, unless it is the counted arrested ("72 Houthis arrested").
 */
export function arrestingGroup(frame: Frame, candidates: ActorCandidate[]): ActorCandidate | null {
  const trigger = mainTrigger(frame);
  const view = frame.view;
  const verb = view.tokens[trigger.start].norm;
  const subjectAfter =
    trigger.phrase.pos === 'verb' && /^[\u0600-\u06ff]/.test(verb) && !/^[وفب]?ال/.test(verb);
  const counted = (c: ActorCandidate) =>
    view.quantities.some(
      (q) => c.ref.spans[0][0] >= q.span[0] && c.ref.spans[0][0] <= (q.nounSpan ?? q.span)[1] + 1,
    );
  const named =
    candidates.find(
      (c) =>
        c.side === 'group' &&
        (tokenAt(view, c.ref.spans[0][1]) === trigger.start ||
          (subjectAfter && c.at === trigger.end) ||
          announcedOwn(view, trigger, c) ||
          placedBefore(view, trigger, c) ||
          splitVerbSubject(view, trigger, c)) &&
        !counted(c) &&
        !(announces(view, c) && ownMembersArrested(view, trigger)),
    ) ?? null;
  return named ?? (kindAsDoer(view, trigger) ? groupToldBack(candidates, trigger) : null);
}

/** «التنظيم», «الجماعة», «الحركة» (folded): a group told back by the kind it is. */
const GROUP_KIND = /^(?:التنظيم|الجماعه|الحركه)$/;
/** «قام», «قيام»: the light verb an Arabic act is told with («قام التنظيم باحتجاز …») (folded forms). */
const DID = /^[وف]?(?:قام|قامت|قاموا|قيام|بقيام)$/;

/**
 * «بقيام التنظيم باحتجاز 50 عائلة», «التنظيم قام باحتجاز»: the arrest's doer is a group told back by its kind
 * alone, with the light verb «قام» next to it.
 */
function kindAsDoer(view: SentenceView, trigger: PhraseHit): boolean {
  const word = (k: number) => view.tokens[k]?.norm ?? '';
  const before = word(trigger.start - 1);
  return (
    (GROUP_KIND.test(before) && DID.test(word(trigger.start - 2))) ||
    (DID.test(before) && GROUP_KIND.test(word(trigger.start - 2)))
  );
}

/** The one group the sentence named before `trigger`, which a group noun («التنظيم») tells back. */
function groupToldBack(candidates: ActorCandidate[], trigger: PhraseHit): ActorCandidate | null {
  const before = candidates.filter((c) => c.side === 'group' && c.at < trigger.start);
  return new Set(before.map((c) => c.ref.name)).size === 1 ? before[0] : null;
}

/** Arabic verbs of announcing or confirming, and the noun "تأكيد" (folded forms). */
const ANNOUNCE = /^[وف]?(?:اعلن|اعلنت|اكد|اكدت|تاكيد)$/;
/** Tokens from the end of the group's name to the arrest noun ("… في اليمن اعتقال", "… يوم الأحد اعتقال"). */
const ANNOUNCED_REACH = 3;

/** The kind of group a name can follow without being part of it: «أعلنت حركة المقاومة». */
const GROUP_HEAD = /^(?:حركه|جماعه|تنظيم|قوات|فصايل|ميليشيا|ميليشيات)$/;
/** The channel an announcement went out on, between the group and the arrest («على حسابها في تويتر»). */
const CHANNEL_OPEN = /^(?:علي|عبر|في)$/;
const CHANNEL = /^(?:حساب|موقع|صفح|بيان|قنا|تويتر|فيسبوك|تلغرام|منصا)/;
/** Tokens of such a channel phrase: «على حسابها الرسمي في تويتر». */
const CHANNEL_REACH = 6;

/**
 * "أعلنت قوات الحشد الشعبي اعتقال القيادي في داعش", «أعلنت المقاومة على حسابها في تويتر اعتقال …»: a group
 * that announces or confirms an arrest told as the verbal noun right after it (or after the channel it
 * announced on), with no force named, made it. `trigger` is the frame's main trigger.
 */
function announcedOwn(view: SentenceView, trigger: PhraseHit, c: ActorCandidate): boolean {
  const end = tokenAt(view, c.ref.spans[0][1]);
  if (ANNOUNCE.test(view.tokens[end]?.norm ?? '')) return toldAfterVerb(view, trigger, end);
  const gap = trigger.start - end;
  const onChannel =
    gap <= CHANNEL_REACH &&
    CHANNEL_OPEN.test(view.tokens[end]?.norm ?? '') &&
    CHANNEL.test(view.tokens[end + 1]?.norm ?? '');
  return (
    announces(view, c) &&
    !/^ال/.test(view.tokens[trigger.start].norm) &&
    gap >= 0 &&
    (gap <= ANNOUNCED_REACH || onChannel)
  );
}

/** «نبأ», «خبر»: the news an announcing verb can take before the arrest it tells of (folded forms). */
const NEWS = /^(?:نبا|خبر)$/;

/** «المقاومة أكدت اعتقال», «… أكدت نبأ اعتقال»: the arrest is the object of the verb at `verb`. */
function toldAfterVerb(view: SentenceView, trigger: PhraseHit, verb: number): boolean {
  const gap = trigger.start - verb;
  return gap === 1 || (gap === 2 && NEWS.test(view.tokens[verb + 1].norm));
}

/**
 * Whether the group `c` is the subject of an announcing verb right before or after it («أعلنت حركة
 * حماس», «المقاومة أكدت»).
 */
function announces(view: SentenceView, c: ActorCandidate): boolean {
  const before = GROUP_HEAD.test(view.tokens[c.at - 1]?.norm ?? '') ? c.at - 2 : c.at - 1;
  const after = tokenAt(view, c.ref.spans[0][1]);
  return ANNOUNCE.test(view.tokens[before]?.norm ?? '') || ANNOUNCE.test(view.tokens[after]?.norm ?? '');
}

/** «قادتها», «عناصرهم», «أحد أعضائه»: the announcer's own men (folded forms, with its pronoun). */
const ITS_MEN = /^(?:قادت|عناصر|اعضاي|افراد|قياديي|مقاتلي|ناشطي|نشطاي|كوادر|مسوولي|انصار|منتسبي)(?:ها|هم|ه)$/;
/** «القيادي في الحركة»: the group the arrested belongs to, told back by its kind. */
const ITS_KIND = /^(?:الحركه|الجماعه|التنظيم|المقاومه)$/;
/** Tokens after the arrest word within which the arrested are told. */
const ARRESTED_REACH = 4;

/**
 * «أكدت حماس اعتقال أحد قادتها», «أعلنت الحركة اعتقال القيادي في الحركة»: a group that announces the
 * arrest of its own men suffered it, so it did not make it. (A group that arrests its own men, «اعتقل
 * التنظيم 5 من عناصره», still made it: only the announcer is checked.)
 */
function ownMembersArrested(view: SentenceView, trigger: PhraseHit): boolean {
  const last = Math.min(view.tokens.length - 1, trigger.end + ARRESTED_REACH);
  for (let k = trigger.end + 1; k <= last; k++) {
    const word = view.tokens[k].norm;
    if (ITS_MEN.test(word) || (ITS_KIND.test(word) && view.tokens[k - 1].norm === 'في')) return true;
  }
  return false;
}

/** Words that open the place of the arrest between its doer and the arrest word ("في لحج", "بمدينة"). */
const IN_PLACE = /^(?:في|ب|بمدينه|بمحافظه|بمنطقه|قرب|شمال|جنوب|شرق|غرب|وسط)$/;
/** Tokens of such a place phrase: «في مدينة عدن». */
const PLACE_REACH = 4;

/**
 * «حاجز تابع للثوار في مأرب اعتقل», «الثوار في مأرب اعتقلوا»: a group told right
 * before the arrest but for the place it stands in.
 */
function placedBefore(view: SentenceView, trigger: PhraseHit, c: ActorCandidate): boolean {
  const end = tokenAt(view, c.ref.spans[0][1]);
  const gap = trigger.start - end;
  if (gap < 2 || gap > PLACE_REACH || !IN_PLACE.test(view.tokens[end].norm)) return false;
  const from = view.tokens[end + 1].span[0];
  const to = view.tokens[trigger.start - 1].span[1];
  return view.mentions.some((m) => m.place !== undefined && m.span[0] <= from && m.span[1] >= to);
}

/** "ألقى", "ألقت": the verb «القبض» belongs to when a subject stands between them (folded forms). */
const THREW = /^[وف]?(?:القي|القت|القوا)$/;

/**
 * «وألقت المقاومة الشعبية في لحج القبض على»: a group right after «ألقت» is the subject of the arrest told
 * further on as «القبض», whatever stands between them.
 */
/** Tokens from the group to «القبض» after «ألقت»: the group's own words, then its place («في لحج»). */
const SPLIT_VERB_REACH = PLACE_REACH + 3;

function splitVerbSubject(view: SentenceView, trigger: PhraseHit, c: ActorCandidate): boolean {
  return (
    /^ال/.test(view.tokens[trigger.start].norm) &&
    THREW.test(view.tokens[c.at - 1]?.norm ?? '') &&
    c.at < trigger.start &&
    trigger.start - c.at <= SPLIT_VERB_REACH
  );
}
